package dev.reconciler.reconcile;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.FacilitySynonym;
import dev.reconciler.reconcile.facts.GroupAlias;
import dev.reconciler.reconcile.facts.RankEntry;
import dev.reconciler.reconcile.facts.Threshold;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the editors' CSV tables and checks them: every role and attribute must be known, every role
 * needs a {@code *} rank row, every attribute a threshold. Errors name file and line.
 */
final class EditorsDataReader {

  static final String RANKS = "data/ranks.csv";
  static final String THRESHOLDS = "data/thresholds.csv";
  static final String GROUPS = "data/groups.csv";
  static final String CITIES = "data/cities.csv";
  static final String FACILITIES = "data/facilities.csv";

  /** Optional: rule sets stored before it have no networks. */
  static final String NETWORKS = "data/group-networks.csv";

  private final Map<String, String> files;
  private final Function<String, String> display;

  EditorsDataReader(Map<String, String> files, Function<String, String> display) {
    this.files = files;
    this.display = display;
  }

  EditorsData read() {
    List<GroupAlias> groups = groups();
    return new EditorsData(ranks(), thresholds(), groups, cities(), facilities(), networks(groups));
  }

  private List<RankEntry> ranks() {
    List<RankEntry> out = new ArrayList<>();
    Set<Role> withDefault = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Row r : table(RANKS, "role", "attribute", "rank")) {
      Role role = r.parse("role", Role::fromKey);
      String a = r.get("attribute");
      Attribute attribute = "*".equals(a) ? null : r.parse("attribute", Attribute::fromKey);
      int rank = r.integer("rank");
      if (!seen.add(role + "/" + a)) {
        throw r.error("a second row for role " + role.key() + " and attribute " + a);
      }
      if (attribute == null) {
        withDefault.add(role);
      }
      out.add(new RankEntry(role, attribute, rank));
    }
    for (Role role : Role.values()) {
      if (!withDefault.contains(role)) {
        throw RuleSetException.at(
            display.apply(RANKS), 0, 0, "role " + role.key() + " has no row for attribute *");
      }
    }
    return out;
  }

  private List<Threshold> thresholds() {
    Map<Attribute, Integer> min = new EnumMap<>(Attribute.class);
    Integer fallback = null;
    for (Row r : table(THRESHOLDS, "attribute", "min_rank")) {
      String a = r.get("attribute");
      int rank = r.integer("min_rank");
      if ("*".equals(a)) {
        fallback = rank;
      } else if (min.put(r.parse("attribute", Attribute::fromKey), rank) != null) {
        throw r.error("a second threshold for " + a);
      }
    }
    List<Threshold> out = new ArrayList<>();
    for (Attribute a : Attribute.values()) {
      Integer m = min.getOrDefault(a, fallback);
      if (m == null) {
        throw RuleSetException.at(
            display.apply(THRESHOLDS), 0, 0, "no threshold for " + a.key() + " and no * row");
      }
      out.add(new Threshold(a, m));
    }
    return out;
  }

  private List<GroupAlias> groups() {
    Set<GroupAlias> out = new LinkedHashSet<>();
    for (Row r : table(GROUPS, "canonical", "alias")) {
      String canonical = r.get("canonical");
      out.add(new GroupAlias(canonical, canonical));
      out.add(new GroupAlias(r.get("alias"), canonical));
    }
    return new ArrayList<>(out);
  }

  /**
   * Group to the network it belongs to; both canonical names, no group in two networks, no cycle.
   */
  private Map<String, String> networks(List<GroupAlias> groups) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (!files.containsKey(NETWORKS)) {
      return out;
    }
    Set<String> canonical = new java.util.HashSet<>();
    groups.forEach(g -> canonical.add(g.getCanonical()));
    for (Row r : table(NETWORKS, "group", "network")) {
      String group = r.get("group");
      String network = r.get("network");
      for (String name : List.of(group, network)) {
        if (!canonical.contains(name)) {
          throw r.error("'" + name + "' is not a canonical name in " + GROUPS);
        }
      }
      if (out.put(group, network) != null) {
        throw r.error(group + " is given a second network");
      }
      for (String up = network; up != null; up = out.get(up)) {
        if (up.equals(group)) {
          throw r.error(group + " would belong to itself through " + network);
        }
      }
    }
    return out;
  }

  private List<City> cities() {
    List<City> out = new ArrayList<>();
    for (Row r : table(CITIES, "city", "country", "utc_offset")) {
      String o = r.get("utc_offset");
      ZoneOffset offset;
      try {
        offset = o.isEmpty() ? null : ZoneOffset.of(o);
      } catch (DateTimeException e) {
        throw r.error("not a UTC offset: '" + o + "' (write +05:00)");
      }
      out.add(new City(r.get("city"), r.get("country"), offset));
    }
    return out;
  }

  private List<FacilitySynonym> facilities() {
    List<FacilitySynonym> out = new ArrayList<>();
    for (Row r : table(FACILITIES, "synonym", "facility")) {
      // "inside" (optional column): "yes" for a facility inside a larger site, else empty
      String inside = r.optional("inside");
      if (!inside.isEmpty() && !inside.equals("yes")) {
        throw r.error("inside must be 'yes' or empty, not '" + inside + "'");
      }
      out.add(new FacilitySynonym(r.get("synonym"), r.get("facility"), inside.equals("yes")));
    }
    return out;
  }

  // ----- a small CSV reader: '#' comments, a header line, double quotes around commas -----

  private List<Row> table(String path, String... columns) {
    String text = files.get(path);
    String file = display.apply(path);
    if (text == null) {
      throw RuleSetException.at(file, 0, 0, "missing editors' table");
    }
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = split(line);
      if (header == null) {
        header = cells;
        for (String c : columns) {
          if (!header.contains(c)) {
            throw RuleSetException.at(
                file, i + 1, 0, "the header needs a column '" + c + "' (found " + header + ")");
          }
        }
        continue;
      }
      if (cells.size() != header.size()) {
        throw RuleSetException.at(
            file, i + 1, 0, "expected " + header.size() + " cells, found " + cells.size());
      }
      rows.add(new Row(file, i + 1, header, cells));
    }
    if (header == null) {
      throw RuleSetException.at(
          file, 0, 0, "empty table: it needs a header line " + String.join(",", columns));
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /** One data row, which knows where it is for messages. */
  private record Row(String file, int line, List<String> header, List<String> cells) {

    String get(String column) {
      String v = cells.get(header.indexOf(column));
      if (v.isEmpty() && !column.equals("utc_offset")) {
        throw error("empty " + column);
      }
      return v;
    }

    /** The cell of a column the table may leave out, empty when it does. */
    String optional(String column) {
      int k = header.indexOf(column);
      return k < 0 ? "" : cells.get(k);
    }

    int integer(String column) {
      String v = get(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(column + " must be a whole number, not '" + v + "'");
      }
    }

    <T> T parse(String column, Function<String, T> parser) {
      String v = get(column);
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    RuleSetException error(String message) {
      return RuleSetException.at(file, line, 0, message);
    }
  }
}
