package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.db.generated.Tables;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;

class HandoutLibraryTest {
  private Database db;
  private HandoutLibrary library;
  private final Handout first = BuiltInHandouts.all().get(0);
  private final String firstRef = HandoutRef.builtIn(first.builtInKey());

  @BeforeEach
  void open() {
    db = Database.inMemory();
    library =
        new HandoutLibrary(
            new HandoutRepository(db.dsl()), new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theLibraryStartsWithEveryBuiltInHandout() {
    assertThat(library.list())
        .extracting(LibraryItem::title)
        .containsExactlyElementsOf(BuiltInHandouts.all().stream().map(Handout::title).toList());
    assertThat(library.list()).allMatch(i -> i.kind() == LibraryItem.Kind.BUILT_IN);
  }

  @Test
  void anEditedBuiltInReplacesItUntilRestored() {
    LibraryItem edited = library.save(firstRef, renamed(first, "Hamstring stretch, my way"));

    assertThat(edited.kind()).isEqualTo(LibraryItem.Kind.EDITED);
    assertThat(library.find(firstRef)).map(Handout::title).contains("Hamstring stretch, my way");
    library.save(firstRef, renamed(first, "Second edit"));
    assertThat(library.list()).filteredOn(i -> i.ref().equals(firstRef)).hasSize(1);

    LibraryItem restored = library.restore(firstRef);
    assertThat(restored.kind()).isEqualTo(LibraryItem.Kind.BUILT_IN);
    assertThat(restored.handout()).isEqualTo(first);
  }

  @Test
  void aDuplicateIsTheTherapistsOwnAndKeepsEverySection() {
    LibraryItem copy = library.duplicate(firstRef);

    assertThat(copy.kind()).isEqualTo(LibraryItem.Kind.OWN);
    assertThat(copy.title()).isEqualTo(first.title() + " (copy)");
    assertThat(copy.handout().sections()).isEqualTo(first.sections());
    assertThat(copy.handout().figure()).isEqualTo(first.figure());
    assertThat(library.find(copy.ref())).contains(copy.handout());
  }

  @Test
  void anOwnHandoutWithAPictureRoundTrips() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    Handout own =
        new Handout(
            null,
            null,
            "  Foam roller for the upper back ",
            "A roller helps loosen the upper back.",
            List.of(
                new HandoutSection("Steps", "", List.of("Lie on the roller", "Roll slowly"), true),
                new HandoutSection("Tips", "Go gently.", List.of(), false)),
            "Once a day",
            "Stop if it hurts.",
            null,
            png);

    LibraryItem saved = library.save(null, own);

    Handout loaded = library.find(saved.ref()).orElseThrow();
    assertThat(loaded.title()).isEqualTo("Foam roller for the upper back");
    assertThat(loaded.sections()).isEqualTo(own.sections());
    assertThat(loaded.image()).isEqualTo(png);
    assertThat(library.list().get(library.list().size() - 1).ref()).isEqualTo(saved.ref());
  }

  @Test
  void anOwnHandoutInAPlanCannotBeDeleted() {
    LibraryItem own = library.duplicate(firstRef);
    long client = planUsing(own.ref());

    assertThatThrownBy(() -> library.delete(own.ref()))
        .hasMessageContaining("part of 1 treatment plan");
    assertThat(library.find(own.ref())).isPresent();

    db.dsl().deleteFrom(Tables.PLAN_HANDOUT).execute();
    library.delete(own.ref());
    assertThat(library.find(own.ref())).isEmpty();
    assertThat(client).isPositive();
  }

  @Test
  void builtInsCannotBeDeletedAndBlankTitlesAreRefused() {
    assertThatThrownBy(() -> library.delete(firstRef)).hasMessageContaining("restore it instead");
    assertThatThrownBy(() -> library.save(null, renamed(first, "  ")))
        .hasMessage("Give the handout a title.");
    assertThat(library.list()).hasSize(BuiltInHandouts.all().size());
  }

  @Test
  void unknownReferencesResolveToNothing() {
    assertThat(library.resolve(List.of(firstRef, "handout:999", "builtin:nope", "junk")))
        .containsExactly(first);
  }

  private long planUsing(String ref) {
    MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    long client =
        new ClientService(new ClientRepository(db.dsl()), clock)
            .save(Client.builder().fullName("Anna Berg").build())
            .id();
    long plan =
        db.dsl()
            .insertInto(Tables.TREATMENT_PLAN)
            .set(Tables.TREATMENT_PLAN.CLIENT_ID, client)
            .set(Tables.TREATMENT_PLAN.STATUS, org.knotwork.plan.PlanStatus.DRAFT)
            .set(Tables.TREATMENT_PLAN.STARTS_ON, LocalDateTime.now(clock).toLocalDate())
            .set(Tables.TREATMENT_PLAN.SESSION_MINUTES, 60)
            .set(Tables.TREATMENT_PLAN.FREQUENCY, org.knotwork.plan.Frequency.WEEKLY)
            .set(Tables.TREATMENT_PLAN.SESSION_COUNT, 6)
            .set(Tables.TREATMENT_PLAN.CREATED_AT, LocalDateTime.now(clock))
            .set(Tables.TREATMENT_PLAN.UPDATED_AT, LocalDateTime.now(clock))
            .returningResult(Tables.TREATMENT_PLAN.ID)
            .fetchOne()
            .value1();
    db.dsl()
        .insertInto(Tables.PLAN_HANDOUT)
        .set(Tables.PLAN_HANDOUT.PLAN_ID, plan)
        .set(Tables.PLAN_HANDOUT.POSITION, 0)
        .set(Tables.PLAN_HANDOUT.HANDOUT_REF, ref)
        .execute();
    return client;
  }

  private static Handout renamed(Handout h, String title) {
    return new Handout(
        h.id(),
        h.builtInKey(),
        title,
        h.intro(),
        h.sections(),
        h.howOften(),
        h.safety(),
        h.figure(),
        h.image());
  }
}
