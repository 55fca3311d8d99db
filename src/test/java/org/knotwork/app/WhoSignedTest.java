package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditEntry;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.TestTherapist;
import org.knotwork.session.NoteHash;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SignerMissingException;
import org.knotwork.session.Technique;

/**
 * Notes, addenda and agreed plans are signed by the therapist of the practice's profile (name as
 * registered, title, registration), never by the computer's account; the printed plan, the record
 * of care and the export say so. Built as the app builds it, through {@link AppContext}.
 */
class WhoSignedTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String ACCOUNT = System.getProperty("user.name");

  @TempDir Path dir;
  private final Database db = Database.inMemory();
  private AppContext context;

  @AfterEach
  void close() {
    db.close();
  }

  private long practiceWithClient(boolean withProfile) {
    context = new AppContext(DataDirectory.at(dir), db, CLOCK);
    if (withProfile) {
      context.practices().start("Harbour Massage", false, TestTherapist.PROFILE);
    } else { // as a practice started before Knotwork asked who the therapist is
      new PracticeRepository(db.dsl())
          .create(new Practice("Harbour Massage", false, LocalDateTime.of(2025, 1, 6, 9, 0)));
    }
    return context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
  }

  private SessionNote signedNote(long clientId) {
    SessionNote draft = context.sessions().startNote(clientId, false);
    SessionNote filled =
        new SessionNote(
            draft.id(),
            clientId,
            draft.serviceStart(),
            60,
            draft.positions(),
            draft.writtenAt(),
            null,
            org.knotwork.session.SessionFixtures.allAnsweredNo(),
            null,
            List.of(org.knotwork.session.SessionFixtures.lowerBackRight()),
            "Tolerated well",
            null,
            null,
            null,
            null,
            null,
            List.of());
    return context.sessions().sign(filled);
  }

  private TreatmentPlan agreedPlan(long clientId) {
    TreatmentPlan draft =
        new TreatmentPlan(
            null,
            clientId,
            PlanStatus.DRAFT,
            TODAY,
            "Lower back muscle tension, worse after long sitting.",
            List.of(new PlanGoal("Sleep through the night", null, "", false, null, null, null)),
            List.of(new FocusArea(BackRegion.LOWER_BACK, Side.BILATERAL)),
            Set.of(Technique.SWEDISH),
            60,
            Frequency.WEEKLY,
            6,
            List.of(),
            "",
            TODAY.plusDays(28),
            "",
            null,
            null,
            null);
    return context.plans().agree(draft, TODAY);
  }

  @Test
  void aSignedNoteNamesTheTherapistsRegisteredNameAndTitleNotTheComputerAccount() {
    long client = practiceWithClient(true);

    SessionNote signed = signedNote(client);

    SessionNote stored = context.sessions().load(signed.id());
    assertThat(stored.signer()).isEqualTo(TestTherapist.SIGNER);
    assertThat(stored.signer().nameAndTitle())
        .isEqualTo("Maya Lindqvist, Registered Massage Therapist");
    assertThat(stored.signer().line()).doesNotContain(ACCOUNT);
    assertThat(NoteHash.intact(stored)).isTrue();
    assertThat(context.audit().about("SESSION", signed.id()))
        .filteredOn(a -> a.action() == AuditEntry.Action.SIGN)
        .singleElement()
        .extracting(AuditEntry::actor)
        .isEqualTo("Maya Lindqvist (account " + ACCOUNT + ")");
  }

  @Test
  void theSignerIsPartOfTheFingerprint() {
    long client = practiceWithClient(true);
    SessionNote stored = context.sessions().load(signedNote(client).id());

    SessionNote otherSigner =
        stored.withSigner(new org.knotwork.session.Signer("Someone Else", "RMT", "", ""));

    assertThat(NoteHash.intact(otherSigner)).isFalse();
  }

  @Test
  void anAddendumNamesTheTherapistsRegisteredNameAndTitle() {
    long client = practiceWithClient(true);
    SessionNote signed = signedNote(client);

    SessionNote withAddendum =
        context.sessions().addAddendum(signed.id(), "Late entry", "Client phoned: ache gone.");

    var addendum = withAddendum.addenda().get(0);
    assertThat(addendum.author()).isEqualTo("Maya Lindqvist");
    assertThat(addendum.signer()).isEqualTo(TestTherapist.SIGNER);
    assertThat(addendum.byLine())
        .startsWith("Maya Lindqvist, Registered Massage Therapist")
        .doesNotContain(ACCOUNT);
  }

  @Test
  void theAgreedPlansPrintedSignatureLineNamesTheTherapistWithTheirRegistration()
      throws IOException {
    long client = practiceWithClient(true);
    TreatmentPlan plan = agreedPlan(client);
    assertThat(plan.agreedBy()).isEqualTo(TestTherapist.SIGNER);

    byte[] pdf = context.documents().plan(plan.id()).pdf();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Therapist — Maya Lindqvist, Registered Massage Therapist")
          .contains("Registration no. RMT-20417, College of Massage Therapists");
    }
  }

  @Test
  void theExportCarriesWhoSignedAndTheTherapistOfThePractice() throws IOException {
    long client = practiceWithClient(true);
    SessionNote note = signedNote(client);
    context.sessions().addAddendum(note.id(), "Late entry", "Client phoned: ache gone.");
    agreedPlan(client);
    Path zip = dir.resolve("export.zip");

    context.exports().exportClient(client, zip);

    JsonNode json = recordJson(zip);
    JsonNode therapist = json.at("/practice/therapist");
    assertThat(therapist.get("name").asText()).isEqualTo("Maya Lindqvist");
    assertThat(therapist.get("title").asText()).isEqualTo("Registered Massage Therapist");
    assertThat(therapist.get("registration").asText()).isEqualTo("RMT-20417");
    assertThat(therapist.get("registeredWith").asText()).isEqualTo("College of Massage Therapists");
    JsonNode signature = json.at("/sessionNotes/0/signature");
    assertThat(signature.get("signedBy").asText())
        .isEqualTo(
            "Maya Lindqvist, Registered Massage Therapist (Registration no. RMT-20417, College of"
                + " Massage Therapists)");
    assertThat(signature.at("/signer/registration").asText()).isEqualTo("RMT-20417");
    assertThat(json.at("/sessionNotes/0/addenda/0/signer/name").asText())
        .isEqualTo("Maya Lindqvist");
    assertThat(json.at("/treatmentPlans/0/agreedBy/title").asText())
        .isEqualTo("Registered Massage Therapist");
  }

  @Test
  void withoutAProfileNothingIsSignedOrAgreedAndNothingIsSignedAsTheComputerAccount() {
    long client = practiceWithClient(false);
    SessionNote draft = context.sessions().startNote(client, false);

    assertThatThrownBy(() -> signedNote(client))
        .isInstanceOf(SignerMissingException.class)
        .hasMessageContaining("Nothing was signed");
    assertThatThrownBy(() -> agreedPlan(client)).isInstanceOf(SignerMissingException.class);

    assertThat(context.sessions().load(draft.id()).signed()).isFalse();
    assertThat(context.plans().plans(client)).isEmpty();
    assertThat(context.audit().about("SESSION", draft.id()))
        .noneMatch(a -> a.action() == AuditEntry.Action.SIGN);
  }

  private static JsonNode recordJson(Path zip) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (e.getName().endsWith("record.json")) {
          return new ObjectMapper().readTree(entries.readAllBytes());
        }
      }
    }
    throw new AssertionError("no record.json in " + zip);
  }
}
