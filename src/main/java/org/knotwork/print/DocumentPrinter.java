package org.knotwork.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.knotwork.handout.Handout;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.PaperSize;
import org.knotwork.session.Signer;

/**
 * Prints treatment plans and handouts as PDF on the practice's stationery. Construct once and
 * reuse; safe to call from any thread (documents are built one at a time, sharing the parsed
 * fonts).
 */
public final class DocumentPrinter {
  /**
   * The treatment plan for the client to read and sign, followed by each handout on its own page.
   *
   * @param clientName the client's name as printed on every page
   * @param handouts the handouts given with the plan, in print order; may be empty
   */
  public byte[] plan(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      TreatmentPlan plan,
      List<Handout> handouts,
      LocalDate printedOn) {
    return plan(letterhead, paper, clientName, plan, handouts, List.of(), printedOn);
  }

  /**
   * Like {@link #plan(Letterhead, PaperSize, String, TreatmentPlan, List, LocalDate)}, with the
   * precautions from the client's health history printed with the plan ("Latex allergy — no latex
   * gloves").
   */
  public byte[] plan(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      TreatmentPlan plan,
      List<Handout> handouts,
      List<String> precautions,
      LocalDate printedOn) {
    return plan(letterhead, paper, clientName, plan, handouts, precautions, null, printedOn);
  }

  /**
   * Like {@link #plan(Letterhead, PaperSize, String, TreatmentPlan, List, List, LocalDate)}, naming
   * the therapist under their signature line: the one who agreed the plan, or for a draft (and a
   * plan agreed before Knotwork kept the therapist's profile) {@code therapist}; null leaves the
   * line unnamed.
   */
  public byte[] plan(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      TreatmentPlan plan,
      List<Handout> handouts,
      List<String> precautions,
      Signer therapist,
      LocalDate printedOn) {
    Objects.requireNonNull(plan, "plan");
    Signer signs = plan.agreedBy() != null ? plan.agreedBy() : therapist;
    List<String> cautions = precautions == null ? List.of() : List.copyOf(precautions);
    List<Handout> enclosed = handouts == null ? List.of() : List.copyOf(handouts);
    return print(
        letterhead,
        paper,
        clientName,
        printedOn,
        "Treatment plan",
        (doc, flow, stationery) -> {
          new PlanPages(stationery).write(flow, plan, enclosed, cautions, signs);
          HandoutPages pages = new HandoutPages(doc, stationery);
          for (Handout handout : enclosed) {
            pages.write(flow, handout);
          }
        });
  }

  /**
   * One handout on its own.
   *
   * @param clientName who it is for; null prints a blank line to write a name on
   */
  public byte[] handout(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      Handout handout,
      LocalDate printedOn) {
    Objects.requireNonNull(handout, "handout");
    return print(
        letterhead,
        paper,
        clientName,
        printedOn,
        handout.title(),
        (doc, flow, stationery) -> new HandoutPages(doc, stationery).write(flow, handout));
  }

  /**
   * A client's complete record of care for the client to keep: details, health history, every note
   * with its addenda, outcome measures and treatment plans.
   */
  public byte[] recordOfCare(
      Letterhead letterhead, PaperSize paper, RecordOfCare record, LocalDate printedOn) {
    Objects.requireNonNull(record, "record");
    return print(
        letterhead,
        paper,
        record.client().fullName(),
        printedOn,
        "Record of care",
        (doc, flow, stationery) -> new RecordPages(stationery).write(flow, record));
  }

  /** An appointment card for the client: the next appointment, or a booked series. */
  public byte[] appointmentCard(
      Letterhead letterhead, PaperSize paper, AppointmentCard card, LocalDate printedOn) {
    Objects.requireNonNull(card, "card");
    return print(
        letterhead,
        paper,
        card.clientName(),
        printedOn,
        "Appointment card",
        (doc, flow, stationery) -> new CardPages(stationery).write(flow, card));
  }

  @FunctionalInterface
  private interface Content {
    void write(PDDocument doc, PageFlow flow, Stationery stationery) throws IOException;
  }

  private static byte[] print(
      Letterhead letterhead,
      PaperSize paper,
      String clientName,
      LocalDate printedOn,
      String title,
      Content content) {
    Letterhead head = letterhead == null ? new Letterhead("", "", "", "", null) : letterhead;
    LocalDate day = printedOn == null ? LocalDate.now() : printedOn;
    PdfFonts.LOCK.lock();
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = PdfFonts.load(doc);
      Stationery stationery = new Stationery(doc, fonts, head, clientName, day);
      PageFlow flow =
          new PageFlow(
              doc,
              Stationery.mediaBox(paper == null ? PaperSize.A4 : paper),
              Stationery.FOOTER,
              stationery::pageStart);
      try (flow) {
        content.write(doc, flow, stationery);
      }
      stationery.footers(doc, flow);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(stationery.clientName == null ? title : title + " — " + stationery.clientName);
      info.setAuthor(head.practiceName());
      info.setCreator("Knotwork");
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not print " + title, e);
    } finally {
      PdfFonts.LOCK.unlock();
    }
  }
}
