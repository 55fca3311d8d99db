package org.knotwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRules;
import org.knotwork.client.HealthCondition;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.demo.DemoPractice.DemoClient.DemoVisit;

class DemoDataGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

  private static List<DemoClient> generate(long seed, int count, int years) {
    return new DemoDataGenerator(seed, TODAY).clients(count, years);
  }

  @Test
  void sameSeedGivesEqualOutputAndAnotherSeedDiffers() {
    long seed = 42L;
    List<DemoClient> first = generate(seed, 300, 3);
    DemoDataGenerator generator = new DemoDataGenerator(seed, TODAY);

    assertThat(generator.clients(300, 3)).isEqualTo(first);
    assertThat(generator.clients(300, 3))
        .as("a second call on the same generator")
        .isEqualTo(first);
    assertThat(generate(seed + 1, 300, 3)).isNotEqualTo(first);
    assertThat(generate(seed + 1, 300, 3).stream().map(c -> c.client().fullName()).toList())
        .isNotEqualTo(first.stream().map(c -> c.client().fullName()).toList());
  }

  @Test
  void everyClientIsValidUnsavedAndAgedEighteenToEightyFive() {
    List<DemoClient> clients = generate(7L, 3_000, 3);

    assertThat(clients).hasSize(3_000);
    for (DemoClient demo : clients) {
      Client c = demo.client();
      assertThat(ClientRules.firstProblem(c, TODAY)).as(c.fullName()).isEmpty();
      assertThat(c.id()).isNull();
      assertThat(c.ageOn(TODAY))
          .as(c.fullName())
          .hasValueSatisfying(age -> assertThat(age).isBetween(18, 85));
      if (c.email() != null) {
        assertThat(c.email()).matches(".+@example\\.(org|com|net)");
      }
      if (c.generalConsentOn() != null && !demo.visits().isEmpty()) {
        assertThat(c.generalConsentOn())
            .isBeforeOrEqualTo(demo.visits().get(0).start().toLocalDate());
      }
      assertThat(demo.visits())
          .allSatisfy(
              v ->
                  assertThat(v.start().toLocalDate())
                      .isAfterOrEqualTo(c.dateOfBirth().plusYears(18)));
      if (c.archivedAt() != null) {
        assertThat(c.archivedAt()).isBefore(TODAY.atStartOfDay());
        assertThat(demo.visits()).isNotEmpty();
        assertThat(c.archivedAt()).isAfter(demo.visits().get(demo.visits().size() - 1).start());
      }
    }
    assertThat(share(clients, d -> d.client().generalConsentOn() != null)).isGreaterThan(0.95);
    assertThat(share(clients, d -> d.client().isArchived())).isBetween(0.02, 0.09);
    assertThat(share(clients, d -> d.client().regionConsents().containsKey(BackRegion.GLUTES)))
        .isBetween(0.1, 0.5);
    assertThat(share(clients, d -> d.client().emergencyContact().phone() != null))
        .isBetween(0.7, 0.95);
    assertThat(share(clients, d -> d.client().allergies().latex())).isBetween(0.01, 0.06);
    assertThat(share(clients, d -> d.client().preferredName() != null)).isBetween(0.05, 0.6);
    assertThat(share(clients, d -> d.client().pronouns() != null)).isBetween(0.1, 0.6);
  }

  @Test
  void aSmallPracticeShowsAccentedNamesFromSeveralCultures() {
    List<String> names =
        generate(DemoPractice.DEFAULT_SEED, DemoPractice.DEFAULT_CLIENTS, 3).stream()
            .map(d -> d.client().fullName())
            .toList();

    assertThat(names.get(0)).startsWith("Zoë ");
    assertThat(names.get(1)).startsWith("Łukasz ");
    assertThat(names.get(2)).startsWith("Siobhán ");
    assertThat(names.get(3)).endsWith(" Nguyễn");
    assertThat(String.join("|", names)).contains("Zoë", "Łukasz", "Siobhán", "Nguyễn");
    assertThat(names.stream().filter(n -> !n.chars().allMatch(ch -> ch < 128)).count())
        .isGreaterThan(10);
    assertThat(Set.copyOf(names)).hasSizeGreaterThan(50);
  }

  @Test
  void visitsAreInThePastWithinTheYearsAskedAtOpeningHours() {
    int years = 3;
    List<DemoClient> clients = generate(11L, 2_000, years);
    LocalDateTime earliest = TODAY.minusYears(years).atStartOfDay();
    Set<Integer> lengths = Set.of(30, 45, 60, 75, 90);

    long total = 0;
    for (DemoClient demo : clients) {
      LocalDateTime previous = null;
      for (DemoVisit v : demo.visits()) {
        assertThat(v.start()).isBefore(TODAY.atStartOfDay()).isAfterOrEqualTo(earliest);
        assertThat(v.start().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(v.start().toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(19, 0));
        assertThat(v.start().getMinute()).isIn(0, 30);
        assertThat(v.minutes()).isIn(lengths);
        if (previous != null) {
          assertThat(v.start()).isAfter(previous);
        }
        previous = v.start();
      }
      total += demo.visits().size();
    }
    double average = (double) total / clients.size();
    assertThat(average).isBetween(7.0, 25.0);
    assertThat(share(clients, d -> d.visits().isEmpty())).isBetween(0.01, 0.1);
    assertThat(share(clients, d -> d.visits().size() >= 30)).as("regulars").isGreaterThan(0.05);

    assertThat(generate(11L, 500, 1))
        .allSatisfy(
            d ->
                assertThat(d.visits())
                    .allSatisfy(
                        v ->
                            assertThat(v.start())
                                .isAfterOrEqualTo(TODAY.minusYears(1).atStartOfDay())));
  }

  @Test
  void noVisitFallsOnAHolidayOrATrainingDay() {
    DemoBook book = new DemoBook(11L);
    List<DemoClient> clients = generate(11L, 500, 3);
    assertThat(clients.stream().flatMap(c -> c.visits().stream()))
        .isNotEmpty()
        .noneMatch(v -> book.closed(v.start().toLocalDate()));
    assertThat(book.closed(LocalDate.of(2024, 12, 27)))
        .as("between Christmas and New Year")
        .isTrue();
  }

  @Test
  void conditionFrequenciesAreRealistic() {
    List<DemoClient> clients = generate(5L, 5_000, 3);

    assertThat(rate(clients, HealthCondition.ANTICOAGULANTS)).isBetween(0.01, 0.12);
    assertThat(rate(clients, HealthCondition.DISC_PROBLEMS)).isBetween(0.07, 0.18);
    assertThat(rate(clients, HealthCondition.DIABETES)).isBetween(0.04, 0.13);
    assertThat(rate(clients, HealthCondition.RECENT_SURGERY)).isBetween(0.02, 0.07);
    assertThat(rate(clients, HealthCondition.CANCER_HISTORY)).isBetween(0.02, 0.08);
    assertThat(rate(clients, HealthCondition.SKIN_CONDITION)).isBetween(0.01, 0.06);
    assertThat(rate(clients, HealthCondition.PREGNANCY)).isBetween(0.002, 0.04);
    assertThat(rate(clients, HealthCondition.OTHER)).isBetween(0.005, 0.05);
    assertThat(rateAged(clients, HealthCondition.HIGH_BLOOD_PRESSURE, 50, 85))
        .isBetween(0.15, 0.35);
    assertThat(rateAged(clients, HealthCondition.OSTEOARTHRITIS, 60, 85))
        .isGreaterThan(rateAged(clients, HealthCondition.OSTEOARTHRITIS, 18, 39));
    assertThat(rateAged(clients, HealthCondition.OSTEOPOROSIS, 18, 49)).isZero();
    assertThat(rateAged(clients, HealthCondition.OSTEOPOROSIS, 60, 85)).isBetween(0.05, 0.2);
    assertThat(share(clients, d -> d.client().conditions().size() <= 2)).isGreaterThan(0.85);

    for (DemoClient demo : clients) {
      Client c = demo.client();
      c.condition(HealthCondition.ANTICOAGULANTS)
          .ifPresent(
              e ->
                  assertThat(c.medications())
                      .as(c.fullName())
                      .containsAnyOf("Warfarin", "Apixaban", "Rivaroxaban"));
      c.condition(HealthCondition.RECENT_SURGERY)
          .ifPresent(
              e -> {
                assertThat(e.details()).isNotBlank();
                assertThat(e.since()).isBetween(TODAY.minusYears(1), TODAY);
              });
    }
  }

  @Test
  void pregnancyOnlyForAdultsOfChildbearingAgeWithWeeks() {
    List<DemoClient> clients = generate(3L, 5_000, 3);

    List<Client> pregnant =
        clients.stream()
            .map(DemoClient::client)
            .filter(c -> c.condition(HealthCondition.PREGNANCY).isPresent())
            .toList();
    assertThat(pregnant).isNotEmpty();
    for (Client c : pregnant) {
      assertThat(c.ageOn(TODAY)).hasValueSatisfying(age -> assertThat(age).isBetween(18, 45));
      assertThat(c.condition(HealthCondition.PREGNANCY).flatMap(p -> p.weeksOn(TODAY)))
          .hasValueSatisfying(w -> assertThat(w).isBetween(8, 36));
    }
    assertThat(
            clients.stream()
                .flatMap(d -> d.client().conditions().stream())
                .filter(e -> e.condition() != HealthCondition.PREGNANCY))
        .allSatisfy(e -> assertThat(e.dueDate()).isNull());
  }

  private static double share(List<DemoClient> clients, Predicate<DemoClient> test) {
    return (double) clients.stream().filter(test).count() / clients.size();
  }

  private static double rate(List<DemoClient> clients, HealthCondition condition) {
    return share(clients, d -> d.client().condition(condition).isPresent());
  }

  private static double rateAged(
      List<DemoClient> clients, HealthCondition condition, int from, int to) {
    List<DemoClient> aged =
        clients.stream()
            .filter(d -> d.client().ageOn(TODAY).map(a -> a >= from && a <= to).orElse(false))
            .toList();
    return rate(aged, condition);
  }
}
