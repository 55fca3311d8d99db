package org.knotwork.handout;

import java.util.OptionalLong;

/**
 * How a plan refers to a handout: {@code builtin:KEY} for a built-in one (edited or not) and {@code
 * handout:ID} for one the therapist wrote.
 */
public final class HandoutRef {
  private static final String BUILT_IN = "builtin:";
  private static final String STORED = "handout:";

  private HandoutRef() {}

  public static String builtIn(String key) {
    return BUILT_IN + key;
  }

  public static String stored(long id) {
    return STORED + id;
  }

  /** The built-in key of a reference, or null when it refers to the therapist's own handout. */
  public static String builtInKey(String ref) {
    return ref.startsWith(BUILT_IN) ? ref.substring(BUILT_IN.length()) : null;
  }

  /** The stored id of a reference to the therapist's own handout. */
  public static OptionalLong storedId(String ref) {
    if (!ref.startsWith(STORED)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(ref.substring(STORED.length())));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
