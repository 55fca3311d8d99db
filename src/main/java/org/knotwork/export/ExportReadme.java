package org.knotwork.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The plain-language README.txt that travels with every export. */
final class ExportReadme {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private ExportReadme() {}

  /** For the client: what is in the folder and how to read it. */
  static String client(
      String clientName, String practiceName, String contact, LocalDate day, boolean drafts) {
    String practice =
        practiceName == null || practiceName.isBlank() ? "your massage therapist" : practiceName;
    StringBuilder s = new StringBuilder();
    s.append("Your record of care\n");
    s.append("===================\n\n");
    s.append("Prepared on ").append(DAY.format(day)).append(" for ").append(clientName);
    s.append(" by ").append(practice).append(".\n\n");
    s.append("This folder holds everything ").append(practice);
    s.append(" keeps about you in its records.\n\n");
    s.append("  record.pdf   Your record to read or print: your details, your health\n");
    s.append("               history, every session note, your outcome measures and\n");
    s.append("               your treatment plans.\n");
    s.append("  record.json  The same record in a form computers can read (JSON), in\n");
    s.append("               case you want to take it to another practitioner.\n");
    s.append("  README.txt   This note.\n\n");
    s.append("A signed session note is never changed afterwards. When something needed\n");
    s.append("correcting or adding later, it was written underneath the note as a dated\n");
    s.append("addendum, with the reason for it.\n");
    if (drafts) {
      s.append("A note marked \"Draft\" had not been signed yet when this record was made.\n");
    }
    s.append("\nPlease keep these files somewhere safe. They are not protected by a\n");
    s.append("password: anyone who has them can read them.\n");
    if (contact != null && !contact.isBlank()) {
      s.append("\nQuestions about your record? Please contact ").append(practice).append(":\n");
      s.append("  ").append(contact.strip()).append('\n');
    }
    return s.toString();
  }

  /** For the therapist: the layout of a whole-practice export. */
  static String practice(String practiceName, int clients, LocalDate day) {
    StringBuilder s = new StringBuilder();
    s.append("All client records");
    if (practiceName != null && !practiceName.isBlank()) {
      s.append(" of ").append(practiceName);
    }
    s.append("\n\n");
    s.append("Exported from Knotwork on ").append(DAY.format(day)).append(": ");
    s.append(clients).append(clients == 1 ? " client.\n\n" : " clients.\n\n");
    s.append("  practice.json  The practice's details and the list of clients, each with\n");
    s.append("                 the folder that holds their record.\n");
    s.append("  <Full name>-record-<date>/\n");
    s.append("                 One folder per client, the same as a single client's\n");
    s.append("                 export: record.pdf to read, record.json for computers,\n");
    s.append("                 and a README.txt for the client.\n\n");
    s.append("These files are NOT encrypted and not protected by your passphrase: anyone\n");
    s.append("who has them can read every client's record. Keep them on an encrypted\n");
    s.append("drive or in a locked place, and delete them when they are no longer needed.\n\n");
    s.append("This is not a backup. Knotwork cannot restore records from it; use\n");
    s.append("Practice > Backups > Back up now for that.\n");
    return s.toString();
  }
}
