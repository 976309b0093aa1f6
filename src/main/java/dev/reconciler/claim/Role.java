package dev.reconciler.claim;

import java.util.Arrays;
import java.util.Locale;

/** Who a speaker is, as far as the editorial policy cares; the rank of a role is editors' data. */
public enum Role {
  /** A named official: spokesperson, minister, police chief, hospital or police surgeon. */
  OFFICIAL,
  /** The perpetrator group's own spokesman or statement. */
  CLAIMANT,
  /** "Officials said", "a police officer told": an official who is not named. */
  ANONYMOUS_OFFICIAL,
  /** The article's own narration, a named correspondent, a TV channel's report. */
  REPORTER,
  /** A post quoted in the article, also when it relays an official. */
  SOCIAL_MEDIA;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromKey(String key) {
    for (Role r : values()) {
      if (r.key().equals(key)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + key
            + "' (known: "
            + Arrays.toString(Arrays.stream(values()).map(Role::key).toArray())
            + ")");
  }

  @Override
  public String toString() {
    return key();
  }
}
