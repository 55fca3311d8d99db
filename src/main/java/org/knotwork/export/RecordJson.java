package org.knotwork.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.knotwork.appointment.Appointment;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.client.ConditionEntry;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.outcome.ScoreUnit;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.TherapistProfile;
import org.knotwork.print.RecordOfCare;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteHash;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Signer;
import org.knotwork.session.Subjective;
import org.knotwork.session.Treatment;

/**
 * Writes {@code record.json} and {@code practice.json} in the documented export format (see
 * docs/export-format.md). Keys come in a fixed order and are always present (null when nothing is
 * recorded); dates are ISO 8601 ({@code 2026-03-14}, {@code 2026-03-14T10:05:00}, local time);
 * enumerations are their stable upper-case names. A change that is not purely additive raises
 * {@link #VERSION}.
 */
public final class RecordJson {
  /** The {@code format} of a client's record. */
  public static final String CLIENT_FORMAT = "knotwork-client-record";

  /** The {@code format} of the practice file in a whole-practice export. */
  public static final String PRACTICE_FORMAT = "knotwork-practice-export";

  public static final int VERSION = 1;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** One client's record. */
  public static byte[] client(
      ClientRecord record, Practice practice, PracticeDetails details, LocalDateTime exportedAt) {
    return client(record, practice, details, null, exportedAt);
  }

  /**
   * One client's record, with the therapist who keeps the practice ({@code therapist}, null when
   * not entered).
   */
  public static byte[] client(
      ClientRecord record,
      Practice practice,
      PracticeDetails details,
      TherapistProfile therapist,
      LocalDateTime exportedAt) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("format", CLIENT_FORMAT);
          g.writeNumberField("version", VERSION);
          dateTime(g, "exportedAt", exportedAt);
          g.writeFieldName("practice");
          practice(g, practice, details, therapist);
          g.writeFieldName("client");
          client(g, record.client());
          g.writeFieldName("healthHistory");
          healthHistory(g, record.client(), record.alerts(), exportedAt.toLocalDate());
          g.writeArrayFieldStart("sessionNotes");
          for (RecordOfCare.Note note : record.notes()) {
            note(g, note);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("outcomeMeasures");
          for (OutcomeEntry m : record.measures()) {
            measure(g, m);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("treatmentPlans");
          for (TreatmentPlan p : record.plans()) {
            plan(g, p, record.handoutTitles());
          }
          g.writeEndArray();
          g.writeArrayFieldStart("appointments");
          for (Appointment a : record.appointments()) {
            appointment(g, a, record.serviceName(a));
          }
          g.writeEndArray();
          g.writeArrayFieldStart("auditLog");
          for (AuditEntry a : record.audit()) {
            audit(g, a);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** A client listed in {@code practice.json}, with the folder that holds their record. */
  public record ListedClient(long id, String fullName, boolean archived, String folder) {}

  /** The practice file of a whole-practice export. */
  public static byte[] practice(
      Practice practice,
      PracticeDetails details,
      List<ListedClient> clients,
      LocalDateTime exportedAt) {
    return practice(practice, details, null, clients, exportedAt);
  }

  /** The practice file, with the therapist who keeps the practice (null when not entered). */
  public static byte[] practice(
      Practice practice,
      PracticeDetails details,
      TherapistProfile therapist,
      List<ListedClient> clients,
      LocalDateTime exportedAt) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("format", PRACTICE_FORMAT);
          g.writeNumberField("version", VERSION);
          dateTime(g, "exportedAt", exportedAt);
          g.writeFieldName("practice");
          practice(g, practice, details, therapist);
          g.writeArrayFieldStart("clients");
          for (ListedClient c : clients) {
            g.writeStartObject();
            g.writeNumberField("id", c.id());
            g.writeStringField("fullName", c.fullName());
            g.writeBooleanField("archived", c.archived());
            g.writeStringField("folder", c.folder());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  // ------------------------------------------------------------------ parts

  private static void practice(
      JsonGenerator g, Practice practice, PracticeDetails details, TherapistProfile therapist)
      throws IOException {
    g.writeStartObject();
    string(g, "name", practice == null ? null : practice.name());
    string(g, "address", blankToNull(details.address()));
    string(g, "phone", blankToNull(details.phone()));
    string(g, "email", blankToNull(details.email()));
    signer(g, "therapist", therapist == null ? null : therapist.asSigner());
    g.writeEndObject();
  }

  /** A signature as kept: { name, title, registration, registeredWith }, or null. */
  private static void signer(JsonGenerator g, String field, Signer s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    string(g, "name", s.name());
    string(g, "title", s.title());
    string(g, "registration", blankToNull(s.registration()));
    string(g, "registeredWith", blankToNull(s.registeredWith()));
    g.writeEndObject();
  }

  private static void client(JsonGenerator g, Client c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", c.id());
    string(g, "fullName", c.fullName());
    string(g, "preferredName", c.preferredName());
    date(g, "dateOfBirth", c.dateOfBirth());
    string(g, "pronouns", c.pronouns());
    string(g, "phone", c.phone());
    string(g, "email", c.email());
    string(g, "address", c.address());
    g.writeObjectFieldStart("emergencyContact");
    string(g, "name", c.emergencyContact().name());
    string(g, "relation", c.emergencyContact().relation());
    string(g, "phone", c.emergencyContact().phone());
    g.writeEndObject();
    string(g, "physician", c.physician());
    string(g, "occupation", c.occupation());
    name(g, "workPosture", c.workPosture());
    string(g, "activities", c.activities());
    name(g, "pressurePreference", c.pressurePreference());
    string(g, "notes", c.notes());
    dateTime(g, "archivedAt", c.archivedAt());
    g.writeEndObject();
  }

  private static void healthHistory(
      JsonGenerator g, Client c, List<ClientAlert> alerts, LocalDate day) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("conditions");
    for (ConditionEntry e : c.conditions()) {
      g.writeStartObject();
      name(g, "condition", e.condition());
      string(g, "label", e.condition().label());
      string(g, "details", e.details());
      date(g, "since", e.since());
      // weeks: on the day of the export, counted from the due date (kept for version-1 readers)
      integer(g, "weeks", e.weeksOn(day).orElse(null));
      date(g, "dueDate", e.dueDate());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "medications", c.medications());
    Allergies a = c.allergies();
    g.writeObjectFieldStart("allergies");
    g.writeBooleanField("oils", a.oils());
    g.writeBooleanField("lotions", a.lotions());
    g.writeBooleanField("latex", a.latex());
    string(g, "other", a.other());
    g.writeEndObject();
    g.writeObjectFieldStart("consent");
    date(g, "generalConsentOn", c.generalConsentOn());
    g.writeArrayFieldStart("regions");
    for (var e :
        c.regionConsents().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      g.writeStartObject();
      name(g, "region", e.getKey());
      date(g, "consentedOn", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("alerts");
    for (ClientAlert alert : alerts) {
      g.writeStartObject();
      name(g, "kind", alert.kind());
      string(g, "headline", alert.headline());
      string(g, "advice", alert.advice());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void note(JsonGenerator g, RecordOfCare.Note entry) throws IOException {
    SessionNote n = entry.note();
    g.writeStartObject();
    g.writeNumberField("id", n.id());
    name(g, "status", n.status());
    dateTime(g, "serviceStart", n.serviceStart());
    g.writeNumberField("durationMinutes", n.durationMinutes());
    dateTime(g, "writtenAt", n.writtenAt());
    g.writeBooleanField("lateEntry", n.lateEntry());
    g.writeArrayFieldStart("positions");
    for (var p : n.positions().stream().sorted().toList()) {
      g.writeString(p.name());
    }
    g.writeEndArray();
    Subjective s = n.subjective();
    g.writeObjectFieldStart("subjective");
    string(g, "chiefComplaint", s.chiefComplaint());
    integer(g, "painNow", s.painNow());
    integer(g, "painWorst", s.painWorst());
    integer(g, "painBest", s.painBest());
    string(g, "onset", s.onset());
    string(g, "character", s.character());
    string(g, "aggravating", s.aggravating());
    string(g, "relieving", s.relieving());
    string(g, "radiation", s.radiation());
    string(g, "changesSinceLast", s.changesSinceLast());
    g.writeBooleanField("historyReviewed", s.historyReviewed());
    string(g, "historyChanges", s.historyChanges());
    string(g, "stressSleepWork", s.stressSleepWork());
    string(g, "clientGoal", s.clientGoal());
    g.writeEndObject();
    g.writeArrayFieldStart("redFlags");
    for (RedFlagQuestion q : RedFlagQuestion.values()) {
      if (n.redFlags().containsKey(q)) {
        g.writeStartObject();
        name(g, "question", q);
        g.writeNumberField("tier", q.tier());
        name(g, "urgency", q.urgency());
        string(g, "text", q.question());
        name(g, "answer", n.redFlags().get(q));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("redFlagsNotAsked");
    for (RedFlagQuestion q : n.notAsked()) {
      g.writeStartObject();
      name(g, "question", q);
      string(g, "text", q.question());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "redFlagAdvice", n.redFlagAdvice());
    g.writeBooleanField("endedWithoutTreatment", n.endedWithoutTreatment());
    g.writeArrayFieldStart("findings");
    for (RegionFinding f : n.findings()) {
      finding(g, f);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("assessment");
    string(g, "response", n.response());
    string(g, "adverseReactions", n.adverseReactions());
    g.writeEndObject();
    g.writeObjectFieldStart("plan");
    string(g, "nextFocus", n.plan().nextFocus());
    string(g, "frequency", n.plan().frequency());
    string(g, "homeCare", n.plan().homeCare());
    string(g, "referral", n.plan().referral());
    g.writeEndObject();
    if (n.signed()) {
      g.writeObjectFieldStart("signature");
      string(g, "signedBy", entry.signedBy());
      signer(g, "signer", n.signer());
      dateTime(g, "signedAt", n.signedAt());
      string(g, "contentSha256", n.contentHash());
      g.writeBooleanField("contentMatchesHash", NoteHash.intact(n));
      g.writeEndObject();
    } else {
      g.writeNullField("signature");
    }
    g.writeArrayFieldStart("addenda");
    for (Addendum a : n.addenda()) {
      g.writeStartObject();
      dateTime(g, "writtenAt", a.writtenAt());
      string(g, "author", a.author());
      signer(g, "signer", a.signer());
      string(g, "reason", a.reason());
      string(g, "text", a.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, RegionFinding f) throws IOException {
    g.writeStartObject();
    name(g, "region", f.region());
    name(g, "side", f.side());
    integer(g, "painBefore", f.painBefore());
    integer(g, "painAfter", f.painAfter());
    name(g, "tone", f.tone());
    g.writeBooleanField("triggerPointsActive", f.triggerActive());
    g.writeBooleanField("triggerPointsLatent", f.triggerLatent());
    integer(g, "tenderness", f.tenderness());
    g.writeBooleanField("adhesions", f.adhesions());
    string(g, "rangeOfMotion", f.romNotes());
    string(g, "observations", f.observations());
    g.writeArrayFieldStart("treatments");
    for (Treatment t : f.treatments()) {
      g.writeStartObject();
      name(g, "technique", t.technique());
      name(g, "pressure", t.pressure());
      integer(g, "minutes", t.minutes());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void measure(JsonGenerator g, OutcomeEntry m) throws IOException {
    Instrument i = m.instrument();
    g.writeStartObject();
    g.writeNumberField("id", m.id());
    date(g, "takenOn", m.takenOn());
    g.writeObjectFieldStart("instrument");
    string(g, "code", i.code());
    string(g, "name", i.name());
    g.writeNumberField("min", i.min());
    g.writeNumberField("max", i.max());
    g.writeBooleanField("higherIsBetter", i.higherIsBetter());
    string(g, "unit", i.unit());
    string(g, "scoreUnit", i.storedUnit() == ScoreUnit.PERCENT ? "percent" : "points");
    g.writeEndObject();
    g.writeNumberField("score", m.score());
    string(g, "scoreText", m.formattedScore());
    g.writeArrayFieldStart("items");
    for (PsfsItem item : m.items()) {
      g.writeStartObject();
      string(g, "activity", item.activity());
      g.writeNumberField("score", item.score());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "note", m.note());
    g.writeEndObject();
  }

  private static void appointment(JsonGenerator g, Appointment a, String serviceName)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", a.id());
    dateTime(g, "start", a.start());
    g.writeNumberField("lengthMinutes", a.lengthMinutes());
    g.writeStringField("service", serviceName);
    g.writeStringField("place", a.place().kind().name());
    g.writeStringField("address", a.place().address());
    g.writeNumberField("travelBeforeMinutes", a.booking().travelBeforeMinutes());
    g.writeNumberField("travelAfterMinutes", a.booking().travelAfterMinutes());
    g.writeStringField("state", a.state().name());
    g.writeStringField("cancelledBy", a.cancelledBy() == null ? null : a.cancelledBy().name());
    dateTime(g, "cancelledAt", a.cancelledAt());
    if (a.sessionId() == null) {
      g.writeNullField("sessionNoteId");
    } else {
      g.writeNumberField("sessionNoteId", a.sessionId());
    }
    g.writeStringField("privateNote", a.booking().privateNote());
    dateTime(g, "bookedAt", a.createdAt());
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, TreatmentPlan p, Map<String, String> handoutTitles)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", p.id());
    name(g, "status", p.status());
    dateTime(g, "createdAt", p.createdAt());
    dateTime(g, "activatedAt", p.activatedAt());
    date(g, "consentOn", p.consentOn());
    signer(g, "agreedBy", p.agreedBy());
    date(g, "startsOn", p.startsOn());
    string(g, "impression", blankToNull(p.impression()));
    g.writeArrayFieldStart("goals");
    for (PlanGoal goal : p.goals()) {
      g.writeStartObject();
      string(g, "text", goal.text());
      string(g, "measure", blankToNull(goal.measureName()));
      g.writeBooleanField("higherIsBetter", goal.higherIsBetter());
      decimal(g, "baseline", goal.baseline());
      decimal(g, "target", goal.target());
      date(g, "byDate", goal.byDate());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("focusAreas");
    for (FocusArea f : p.focus()) {
      g.writeStartObject();
      name(g, "region", f.region());
      name(g, "side", f.side());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("techniques");
    for (var t : p.modalities().stream().sorted(Comparator.naturalOrder()).toList()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("schedule");
    name(g, "frequency", p.frequency());
    g.writeNumberField("sessions", p.sessionCount());
    g.writeNumberField("sessionMinutes", p.sessionMinutes());
    g.writeEndObject();
    date(g, "reassessOn", p.reassessOn());
    g.writeArrayFieldStart("handouts");
    for (String ref : p.handouts()) {
      g.writeStartObject();
      string(g, "ref", ref);
      string(g, "title", handoutTitles.get(ref));
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "homeCare", blankToNull(p.homeCare()));
    string(g, "referrals", blankToNull(p.referrals()));
    g.writeEndObject();
  }

  private static void audit(JsonGenerator g, AuditEntry a) throws IOException {
    g.writeStartObject();
    dateTime(g, "at", a.at());
    string(g, "actor", a.actor());
    name(g, "action", a.action());
    string(g, "entity", a.entity().toLowerCase(java.util.Locale.ROOT));
    g.writeNumberField("entityId", a.entityId());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ values

  private static void string(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  private static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
    string(g, field, value == null ? null : value.name());
  }

  private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value.stripTrailingZeros());
    }
  }

  private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
    string(g, field, value == null ? null : value.toString());
  }

  private static void dateTime(JsonGenerator g, String field, LocalDateTime value)
      throws IOException {
    string(g, field, value == null ? null : DATE_TIME.format(value));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter()
              .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      g.setPrettyPrinter(pretty);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the record as JSON", e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
