package org.socialcare.supervision.security;

import java.util.UUID;

/**
 * A password nobody knows: for a user created before anyone sets theirs, and for a leaver's
 * account. Random, and shaped to pass the engine's password policy (upper and lower case, digits,
 * a special character), which refuses a bare UUID.
 */
public final class RandomPasswords {

  private RandomPasswords() {
  }

  public static String unknownToAnyone() {
    return "Unset-" + UUID.randomUUID() + "-X9";
  }
}
