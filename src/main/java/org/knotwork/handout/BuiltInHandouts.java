package org.knotwork.handout;

import java.util.List;
import java.util.Optional;

/** Replaced by the full library. */
public final class BuiltInHandouts {
  private BuiltInHandouts() {}

  public static List<Handout> all() {
    return List.of(
        new Handout(
            null,
            "hamstring-stretch",
            "Hamstring stretch",
            "",
            List.of(new HandoutSection("Steps", "", List.of("Lie down"), true)),
            "",
            "",
            HandoutFigure.HAMSTRING_STRETCH,
            null));
  }

  public static Optional<Handout> byKey(String key) {
    return all().stream().filter(h -> h.builtInKey().equals(key)).findFirst();
  }
}
