package org.knotwork.plan;

/** Where a treatment plan stands. A client has at most one active plan. */
public enum PlanStatus {
  DRAFT("Draft"),
  ACTIVE("Active"),
  COMPLETED("Completed"),
  SUPERSEDED("Superseded");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
