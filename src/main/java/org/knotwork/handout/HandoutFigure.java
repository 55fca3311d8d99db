package org.knotwork.handout;

/** The simple drawing printed at the top of a handout. */
public enum HandoutFigure {
  HAMSTRING_STRETCH("Hamstring stretch"),
  HIP_FLEXOR_STRETCH("Hip-flexor stretch"),
  GLUTE_PIRIFORMIS_STRETCH("Glute and piriformis stretch"),
  UPPER_BACK_STRETCH("Upper-back and neck stretches"),
  DESK_POSTURE("Desk set-up"),
  LIFTING("Lifting and carrying"),
  HEAT_COLD("Heat and cold"),
  AFTER_MASSAGE("After your massage"),
  STAYING_ACTIVE("Staying active"),
  BREATHING("Breathing"),
  SEE_A_DOCTOR("See a doctor now");

  private final String label;

  HandoutFigure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The figure's shapes, for the printed handout and the screen alike. */
  public FigureDrawing drawing() {
    return FigureDrawings.of(this);
  }
}
