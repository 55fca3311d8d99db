package org.knotwork.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;

/** Instruments, clients and a clock shared by the outcome tests. */
final class OutcomeFixtures {
  static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:15:30Z"), ZoneOffset.UTC);

  static final Instrument NPRS = builtIn(1, "NPRS", 0, 10, false, 2, null, EntryKind.SCORE, "/10");
  static final Instrument PSFS = builtIn(2, "PSFS", 0, 10, true, 2, 14, EntryKind.ITEMS, "/10");
  static final Instrument ODI = builtIn(3, "ODI", 0, 100, false, 10, 28, EntryKind.SCORE, "%");
  static final Instrument RMDQ = builtIn(4, "RMDQ", 0, 24, false, 3, 28, EntryKind.SCORE, "/24");
  static final Instrument NDI = builtIn(5, "NDI", 0, 50, false, 5, 14, EntryKind.SCORE, "/50");

  private OutcomeFixtures() {}

  /** Starts the practice "Harbour" and stores one client, so foreign keys hold. */
  static long practiceWithClient(Database db) {
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    return client(db, "Anna Berg");
  }

  static long client(Database db, String name) {
    return new ClientService(new ClientRepository(db.dsl()), CLOCK)
        .save(Client.builder().fullName(name).build())
        .id();
  }

  private static Instrument builtIn(
      long id,
      String code,
      double min,
      double max,
      boolean higherIsBetter,
      double change,
      Integer reassess,
      EntryKind kind,
      String unit) {
    return new Instrument(
        id, code, code, min, max, higherIsBetter, change, reassess, kind, true, unit, null);
  }
}
