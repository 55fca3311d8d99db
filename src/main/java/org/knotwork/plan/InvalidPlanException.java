package org.knotwork.plan;

import java.util.Map;

/** The plan breaks one of {@link PlanRules}; the messages say which and why. */
public final class InvalidPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, String> problems;

  public InvalidPlanException(Map<String, String> problems) {
    super(String.join(" ", problems.values()));
    this.problems = Map.copyOf(problems);
  }

  public Map<String, String> problems() {
    return problems;
  }
}
