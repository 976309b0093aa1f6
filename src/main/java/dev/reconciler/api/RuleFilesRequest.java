package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.JsonFields;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The body of validate, dry-run and activate: {@code {"files": {"policy/rank.drl": "...",
 * "data/ranks.csv": "..."}}}, rule files to lay over the configured rules directory; a file whose
 * text is null is left out of the candidate. An empty body means the directory as it is.
 *
 * @param files relative path to text, or to null for a file to leave out
 */
record RuleFilesRequest(Map<String, String> files) {

  static RuleFilesRequest none() {
    return new RuleFilesRequest(Map.of());
  }

  static RuleFilesRequest fromBody(byte[] body) {
    if (JsonBody.isEmpty(body)) {
      return none();
    }
    JsonNode root = JsonBody.object(body);
    JsonNode files = root.get("files");
    if (files == null || files.isNull()) {
      throw ProblemException.invalidField(
          "the field 'files' is missing: an object of rule files, path to text"
              + " (or send an empty body to check the configured rules directory)");
    }
    if (!files.isObject()) {
      throw ProblemException.invalidField(
          "'files' must be an object (path to text), not " + JsonFields.kind(files));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String path = f.getKey();
      if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
        throw ProblemException.invalidField(
            "files: '"
                + path
                + "' must be a path relative to the rules directory, such as policy/rank.drl");
      }
      JsonNode text = f.getValue();
      if (!text.isNull() && !text.isTextual()) {
        throw ProblemException.invalidField(
            "files['"
                + path
                + "'] must be the file's text (or null to leave it out), not "
                + JsonFields.kind(text));
      }
      texts.put(path, text.isNull() ? null : text.asText());
    }
    return new RuleFilesRequest(texts);
  }

  /** {@code directory}'s files with these laid over them; a null text leaves a file out. */
  SortedMap<String, String> over(Map<String, String> directory) {
    SortedMap<String, String> candidate = new TreeMap<>(directory);
    files.forEach(
        (path, text) -> {
          if (text == null) {
            candidate.remove(path);
          } else {
            candidate.put(path, text);
          }
        });
    return candidate;
  }
}
