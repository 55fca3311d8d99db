package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.client.ClientAlert.Kind;

class ClientAlertsTest {
  private static final LocalDate CONSENTED = LocalDate.of(2025, 1, 6);

  @Test
  void anticoagulantsWarnAgainstDeepWork() {
    Client client =
        saved()
            .conditions(
                List.of(new ConditionEntry(HealthCondition.ANTICOAGULANTS, "Warfarin", null, null)))
            .build();

    List<ClientAlert> alerts = ClientAlerts.of(client);

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
            .conditions(List.of(new ConditionEntry(HealthCondition.PREGNANCY, null, null, 20)))
            .build();

    assertThat(ClientAlerts.of(client))
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.headline()).isEqualTo("Pregnancy, 20 weeks");
              assertThat(alert.advice())
                  .isEqualTo("side-lying (left preferred), no prolonged lying on the back");
            });
  }

  @Test
  void earlyPregnancyDoesNotYetRequireSideLying() {
    Client client =
        saved()
            .conditions(List.of(new ConditionEntry(HealthCondition.PREGNANCY, null, null, 8)))
            .build();

    assertThat(ClientAlerts.of(client))
        .singleElement()
        .satisfies(alert -> assertThat(alert.advice()).doesNotContain("left preferred"));
  }

  @Test
  void latexAllergyRaisesAnAllergyAlert() {
    Client client = saved().allergies(new Allergies(false, false, true, null)).build();

    assertThat(ClientAlerts.of(client))
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

    assertThat(ClientAlerts.of(client))
        .extracting(ClientAlert::headline)
        .containsExactly("Allergy: oils, latex, Lavender");
  }

  @Test
  void savedClientWithoutGeneralConsentIsFlagged() {
    Client client = Client.builder().id(7L).fullName("Anna Berg").build();

    assertThat(ClientAlerts.of(client))
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

    assertThat(ClientAlerts.of(client)).isEmpty();
  }

  @Test
  void savedClientWithConsentAndNoHistoryHasNoAlerts() {
    assertThat(ClientAlerts.of(saved().build())).isEmpty();
  }

  private static Client.Builder saved() {
    return Client.builder().id(7L).fullName("Anna Berg").generalConsentOn(CONSENTED);
  }
}
