package org.knotwork.plan;

import java.util.Objects;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;

/** A region the plan works on, and on which side. */
public record FocusArea(BackRegion region, Side side) {
  public FocusArea {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(side, "side");
  }

  /** "Lower back (L)", "Neck (bilateral)". */
  public String label() {
    String s = side == Side.BILATERAL ? "both sides" : side.abbreviation();
    return region.label() + " (" + s + ")";
  }
}
