package dev.reconciler.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * What the incident document is made of, without the resolution's text: the incident row's served
 * fields and the id and time of its current resolution (null before the first). Read in one small
 * query ({@link IncidentReads#state}); a resolution never changes once stored, so the document
 * built from a state is fully determined by it, and {@link #tag} is a strong validator of it.
 */
public record IncidentState(
    long id, String title, String place, LocalDate date, Long resolutionId, Instant resolvedAt) {

  /**
   * The entity tag's value (without quotes) of the document in {@code view}: the incident and
   * resolution ids as they are, and a hash of the incident row's served fields (place and date can
   * be learned from a later report). A new report or new claims make a new resolution, so a new
   * tag.
   */
  public String tag(IncidentView view) {
    return "i"
        + id
        + "-r"
        + (resolutionId == null ? 0 : resolutionId)
        + "-"
        + shortHash(title + "\u0000" + place + "\u0000" + date)
        + (view == IncidentView.FULL ? "" : "-" + view.key());
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
