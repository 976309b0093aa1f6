package dev.reconciler.extract.attribution;

import dev.reconciler.claim.Role;

/**
 * Who a sentence's claims come from: the speaker's name where the text gives one (else null), the
 * speaker's role, and the title the text used for them ("spokesman"), if any.
 */
public record Attribution(String speaker, Role role, String title) {

  /** The article's own voice. */
  public static final Attribution NARRATION = new Attribution(null, Role.REPORTER, null);
}
