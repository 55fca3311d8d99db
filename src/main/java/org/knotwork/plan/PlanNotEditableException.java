package org.knotwork.plan;

/** The plan is no longer a draft (or no longer exists), so it cannot be changed that way. */
public final class PlanNotEditableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public PlanNotEditableException(String message) {
    super(message);
  }
}
