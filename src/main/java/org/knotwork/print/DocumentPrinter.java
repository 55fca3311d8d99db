package org.knotwork.print;

import java.time.LocalDate;
import java.util.List;
import org.knotwork.handout.Handout;
import org.knotwork.plan.TreatmentPlan;

/** Replaced by the real document layout. */
public final class DocumentPrinter {
  public byte[] plan(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      TreatmentPlan plan,
      List<Handout> handouts,
      LocalDate printedOn) {
    throw new UnsupportedOperationException();
  }

  public byte[] handout(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      Handout handout,
      LocalDate printedOn) {
    throw new UnsupportedOperationException();
  }
}
