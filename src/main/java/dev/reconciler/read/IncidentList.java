package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the incident list, newest date first, in three queries whatever the page size (the
 * total, the page's incidents with their current resolution, and that resolution's statuses):
 * {@code {"items":[{"id","place","date","resolvedAt","statuses":{attribute:status}}],"page","size",
 * "total"}}. The current resolution is an incident's newest, as everywhere else.
 */
@ApplicationScoped
@Transactional
public class IncidentList {

  private static final String CURRENT =
      "(select max(r.id) from resolution r where r.incident_id = i.id)";

  private final EntityManager em;

  @Inject
  public IncidentList(EntityManager em) {
    this.em = em;
  }

  /** For the container's proxy. */
  protected IncidentList() {
    this(null);
  }

  public ObjectNode page(IncidentQuery q) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    conditions.add("true");
    if (q.from() != null) {
      conditions.add("i.incident_date >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      conditions.add("i.incident_date <= :to");
      params.put("to", q.to());
    }
    if (q.place() != null && !q.place().isBlank()) {
      conditions.add("strpos(lower(i.place), lower(:place)) > 0");
      params.put("place", q.place().strip());
    }
    if (q.status() != null && !q.status().isBlank()) {
      conditions.add(
          "exists (select 1 from resolution_attribute a where a.status = :status and"
              + " a.resolution_id = "
              + CURRENT
              + ")");
      params.put("status", q.status().strip());
    }
    String where = " where " + String.join(" and ", conditions);
    Query count = em.createNativeQuery("select count(*) from incident i" + where);
    Query select =
        em.createNativeQuery(
            "select i.id, i.place, i.incident_date, c.id as resolution, c.created_at from incident"
                + " i left join resolution c on c.id = "
                + CURRENT
                + where
                + " order by i.incident_date desc nulls last, i.id desc");
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          select.setParameter(k, v);
        });
    long total = ((Number) count.getSingleResult()).longValue();
    List<?> rows =
        select.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();

    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode items = out.putArray("items");
    Map<Long, ObjectNode> statusesOf = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      ObjectNode item = items.addObject();
      item.put("id", ((Number) r[0]).longValue());
      item.put("place", (String) r[1]);
      item.put("date", r[2] == null ? null : SqlValues.toDate(r[2]).toString());
      item.put("resolvedAt", r[4] == null ? null : SqlValues.toInstant(r[4]).toString());
      ObjectNode statuses = item.putObject("statuses");
      if (r[3] != null) {
        statusesOf.put(((Number) r[3]).longValue(), statuses);
      }
    }
    if (!statusesOf.isEmpty()) {
      List<?> attributes =
          em.createNativeQuery(
                  "select resolution_id, attribute, status from resolution_attribute"
                      + " where resolution_id in (:ids) order by resolution_id, attribute")
              .setParameter("ids", List.copyOf(statusesOf.keySet()))
              .getResultList();
      for (Object row : attributes) {
        Object[] a = (Object[]) row;
        statusesOf.get(((Number) a[0]).longValue()).put((String) a[1], (String) a[2]);
      }
    }
    out.put("page", q.page());
    out.put("size", q.size());
    out.put("total", total);
    return out;
  }
}
