package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.extract.attribution.Attribution;

/**
 * A value found in a sentence for one attribute, before the extractor adds who said it, when and
 * about which incident.
 *
 * @param token the index of the token where the value starts (scope cues are positional)
 * @param source who said it when the finder knows better than the sentence's attribution (a group
 *     claiming an attack speaks for itself), else null
 */
public record Finding(
    Attribute attribute, ClaimValue value, boolean approximate, int token, Attribution source) {

  public Finding(Attribute attribute, ClaimValue value, boolean approximate, int token) {
    this(attribute, value, approximate, token, null);
  }
}
