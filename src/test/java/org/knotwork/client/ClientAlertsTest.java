package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.client.ClientAlert.Kind;

class ClientAlertsTest {
  private static final LocalDate CONSENTED = LocalDate.of(2025, 1, 6);
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  @Test
  void anticoagulantsWarnAgainstDeepWork() {
    Client client =
        saved()
            .conditions(
                List.of(new ConditionEntry(HealthCondition.ANTICOAGULANTS, "Warfarin", null, null)))
            .build();

    List<ClientAlert> alerts = ClientAlerts.of(client, DAY);

    assertThat(alerts)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(Kind.CONTRAINDICATION);
              assertThat(alert.text()).contains("Anticoagulants", "(Warfarin)", "avoid deep");
            });
  }

  @Test
  void pregnancyFrom20WeeksAdvisesSideLying() {
    Client client =
        saved()
            .conditions(List.of(ConditionEntry.pregnancy(ConditionEntry.dueDateFor(20, DAY))))
            .build();

    assertThat(ClientAlerts.of(client, DAY))
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.headline()).isEqualTo("Pregnancy, 20 weeks");
              assertThat(alert.advice())
                  .startsWith("side-lying (left preferred), no prolonged lying on the back");
            });
  }

  @Test
  void earlyPregnancyDoesNotYetRequireSideLying() {
    Client client =
        saved()
            .conditions(List.of(ConditionEntry.pregnancy(ConditionEntry.dueDateFor(8, DAY))))
            .build();

    assertThat(ClientAlerts.of(client, DAY))
        .singleElement()
        .satisfies(alert -> assertThat(alert.advice()).doesNotContain("left preferred"));
  }

  @Test
  void latexAllergyRaisesAnAllergyAlert() {
    Client client = saved().allergies(new Allergies(false, false, true, null)).build();

    assertThat(ClientAlerts.of(client, DAY))
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(Kind.ALLERGY);
              assertThat(alert.headline()).isEqualTo("Allergy: latex");
            });
  }

  @Test
  void allergyAlertListsEveryAllergen() {
    Client client = saved().allergies(new Allergies(true, false, true, "Lavender")).build();

    assertThat(ClientAlerts.of(client, DAY))
        .extracting(ClientAlert::headline)
        .containsExactly("Allergy: oils, latex, Lavender");
  }

  @Test
  void savedClientWithoutGeneralConsentIsFlagged() {
    Client client = Client.builder().id(7L).fullName("Anna Berg").build();

    assertThat(ClientAlerts.of(client, DAY))
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(Kind.CONSENT);
              assertThat(alert.headline()).isEqualTo("No general consent on file");
            });
  }

  @Test
  void unsavedClientIsNotFlaggedForMissingConsent() {
    Client client = Client.builder().fullName("Anna Berg").build();

    assertThat(ClientAlerts.of(client, DAY)).isEmpty();
  }

  @Test
  void savedClientWithConsentAndNoHistoryHasNoAlerts() {
    assertThat(ClientAlerts.of(saved().build(), DAY)).isEmpty();
  }

  private static Client.Builder saved() {
    return Client.builder().id(7L).fullName("Anna Berg").generalConsentOn(CONSENTED);
  }

  @Test
  void weeksOfPregnancyMoveOnWithEveryVisit() {
    Client client =
        saved()
            .conditions(List.of(ConditionEntry.pregnancy(ConditionEntry.dueDateFor(10, DAY))))
            .build();

    assertThat(ClientAlerts.of(client, DAY).get(0).headline()).isEqualTo("Pregnancy, 10 weeks");
    assertThat(ClientAlerts.of(client, DAY.plusWeeks(20)).get(0))
        .satisfies(
            alert -> {
              assertThat(alert.headline()).isEqualTo("Pregnancy, 30 weeks");
              assertThat(alert.advice()).contains("side-lying");
            });
  }

  @Test
  void aPassedDueDateAsksForTheHealthHistoryToBeReviewed() {
    LocalDate due = DAY.plusWeeks(2);
    Client client = saved().conditions(List.of(ConditionEntry.pregnancy(due))).build();

    assertThat(ClientAlerts.of(client, due).get(0).advice()).doesNotContain("born");
    assertThat(ClientAlerts.of(client, due.plusDays(1)).get(0))
        .satisfies(
            alert -> {
              assertThat(alert.headline()).contains("due date").contains("has passed");
              assertThat(alert.advice()).contains("baby has been born").contains("update");
            });
  }
}
