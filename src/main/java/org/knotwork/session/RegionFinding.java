package org.knotwork.session;

import java.util.List;
import java.util.Objects;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;

/**
 * O (and A's pain after) for one region and side, with the techniques given there.
 *
 * @param tenderness grade 0 (none) to 4 (withdrawal to a non-painful touch); null if not tested
 * @param carriedOver copied from the previous note and not yet touched in this one
 */
public record RegionFinding(
    BackRegion region,
    Side side,
    Integer painBefore,
    Integer painAfter,
    Tone tone,
    boolean triggerActive,
    boolean triggerLatent,
    Integer tenderness,
    boolean adhesions,
    String romNotes,
    String observations,
    List<Treatment> treatments,
    boolean carriedOver) {

  public RegionFinding {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(side, "side");
    romNotes = Notes.clean(romNotes);
    observations = Notes.clean(observations);
    treatments = treatments == null ? List.of() : List.copyOf(treatments);
  }

  /** A fresh finding for a region and side, nothing recorded yet. */
  public static RegionFinding of(BackRegion region, Side side) {
    return new RegionFinding(
        region, side, null, null, null, false, false, null, false, null, null, List.of(), false);
  }

  /** Nothing is recorded for the region: no pain, tone, tenderness, finding or treatment. */
  public boolean nothingRecorded() {
    return painBefore == null
        && painAfter == null
        && tone == null
        && tenderness == null
        && !triggerActive
        && !triggerLatent
        && !adhesions
        && romNotes == null
        && observations == null
        && treatments.isEmpty();
  }

  /** "Lower back R", "Neck bilateral". */
  public String label() {
    String s = side == Side.BILATERAL ? "bilateral" : side.abbreviation();
    return region.label() + " " + s;
  }

  public RegionFinding withSide(Side newSide) {
    return new RegionFinding(
        region,
        newSide,
        painBefore,
        painAfter,
        tone,
        triggerActive,
        triggerLatent,
        tenderness,
        adhesions,
        romNotes,
        observations,
        treatments,
        false);
  }

  public RegionFinding withCarriedOver(boolean carried) {
    return new RegionFinding(
        region,
        side,
        painBefore,
        painAfter,
        tone,
        triggerActive,
        triggerLatent,
        tenderness,
        adhesions,
        romNotes,
        observations,
        treatments,
        carried);
  }
}
