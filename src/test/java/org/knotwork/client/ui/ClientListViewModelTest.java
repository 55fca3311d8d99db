package org.knotwork.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.db.Database;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Visit;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class ClientListViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  private Database db;
  private ClientService service;
  private RecordingDialogService dialogs;
  private ClientListViewModel vm;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    service = new ClientService(new ClientRepository(db.dsl()), CLOCK);
    dialogs = new RecordingDialogService();
    vm = new ClientListViewModel(service, new CurrentThreadTaskExecutor(), dialogs);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void refreshLoadsTheListInTheOrderTheServiceSorts() {
    save("Zoë Martin");
    save("anna Berg");
    save("Émile Roux");
    long peter = save("Peter Smith");
    // later today: more recent than when the others were added
    LocalDateTime visit = LocalDateTime.of(2026, 11, 22, 14, 0);
    Visit.insertAll(
        new SessionRepository(db.dsl()),
        List.of(new Visit(peter, visit, 60, visit.plusMinutes(70))));
    assertThat(vm.clients()).isEmpty();
    assertThat(vm.loadedProperty().get()).isFalse();

    vm.refresh();

    assertThat(vm.loadedProperty().get()).isTrue();
    assertThat(vm.clients())
        .extracting(ClientSummary::fullName)
        .containsExactly("Peter Smith", "anna Berg", "Émile Roux", "Zoë Martin");
    assertThat(vm.clients()).containsExactlyElementsOf(service.search("", false));
  }

  @Test
  void typingAQueryFiltersIgnoringAccents() {
    save("Zoë Martin");
    save("Peter Smith");
    vm.refresh();

    vm.queryProperty().set("zoe");

    assertThat(vm.clients()).extracting(ClientSummary::fullName).containsExactly("Zoë Martin");

    vm.queryProperty().set("");

    assertThat(vm.clients()).hasSize(2);
  }

  @Test
  void archivedClientsAreListedOnlyWhenShowArchivedIsTicked() {
    save("Anna Berg");
    service.archive(save("Ben Okafor"));
    vm.refresh();
    assertThat(vm.clients()).extracting(ClientSummary::fullName).containsExactly("Anna Berg");

    vm.showArchivedProperty().set(true);

    assertThat(vm.clients())
        .extracting(ClientSummary::fullName)
        .containsExactlyInAnyOrder("Anna Berg", "Ben Okafor");
    assertThat(vm.clients())
        .filteredOn(ClientSummary::archived)
        .extracting(ClientSummary::fullName)
        .containsExactly("Ben Okafor");
  }

  @Test
  void emptyPracticeMessageMentionsCtrlN() {
    assertThat(vm.emptyMessageBinding().get()).isEqualTo("Loading clients…");

    vm.refresh();

    assertThat(vm.clients()).isEmpty();
    assertThat(vm.emptyMessageBinding().get()).startsWith("No clients yet.").contains("Ctrl+N");
  }

  @Test
  void theImportOfferStandsOnlyWhileThePracticeHasNoClients() {
    assertThat(vm.noClientsYetBinding().get()).as("still loading").isFalse();
    vm.refresh();
    assertThat(vm.noClientsYetBinding().get()).isTrue();
    assertThat(vm.emptyMessageBinding().get()).contains("import a list from a spreadsheet (CSV)");

    vm.queryProperty().set("xavier");
    assertThat(vm.noClientsYetBinding().get()).as("a search that found nothing").isFalse();
    vm.queryProperty().set("");
    save("Anna Berg");
    vm.refresh();
    assertThat(vm.noClientsYetBinding().get()).isFalse();
  }

  @Test
  void noMatchMessageQuotesTheQuery() {
    save("Anna Berg");
    vm.refresh();

    vm.queryProperty().set("  xavier ");

    assertThat(vm.clients()).isEmpty();
    assertThat(vm.emptyMessageBinding().get())
        .startsWith("No client matches “xavier”.")
        .doesNotContain("Ctrl+N");
  }

  @Test
  void countTextCountsClientsOrMatches() {
    save("Anna Berg");
    save("Anna Lind");
    save("Ben Okafor");

    vm.refresh();
    assertThat(vm.countTextBinding().get()).isEqualTo("3 clients");

    vm.queryProperty().set("anna");
    assertThat(vm.countTextBinding().get()).isEqualTo("2 found");

    vm.queryProperty().set("okafor");
    assertThat(vm.countTextBinding().get()).isEqualTo("1 found");

    vm.queryProperty().set("");
    vm.showArchivedProperty().set(true);
    assertThat(vm.countTextBinding().get()).isEqualTo("3 clients (archived included)");
  }

  @Test
  void countTextUsesTheSingularForOneClient() {
    save("Anna Berg");

    vm.refresh();

    assertThat(vm.countTextBinding().get()).isEqualTo("1 client");
  }

  @Test
  void aLongListShowsTheMostRecentAndSaysHowToReachTheRest() {
    List<Client> many = new java.util.ArrayList<>();
    for (int i = 1; i <= ClientListViewModel.LIMIT + 3; i++) {
      many.add(Client.builder().fullName(String.format("Client %03d", i)).build());
    }
    ClientRepository repository = new ClientRepository(db.dsl());
    many.forEach(c -> repository.insert(c, LocalDateTime.now(CLOCK)));
    long seen = save("Zora Visited");
    LocalDateTime visit = LocalDateTime.of(2026, 11, 22, 14, 0);
    Visit.insertAll(
        new SessionRepository(db.dsl()),
        List.of(new Visit(seen, visit, 60, visit.plusMinutes(60))));

    vm.refresh();

    assertThat(vm.clients()).hasSize(ClientListViewModel.LIMIT);
    assertThat(vm.clients().get(0).fullName())
        .as("the most recent visit first")
        .isEqualTo("Zora Visited");
    assertThat(vm.totalProperty().get()).isEqualTo(204);
    assertThat(vm.countTextBinding().get()).isEqualTo("200 most recent of 204 clients");
    assertThat(vm.moreHintBinding().get())
        .isEqualTo("4 more clients not shown. Search by name, phone or e-mail to find them.");

    vm.queryProperty().set("client");
    assertThat(vm.countTextBinding().get()).isEqualTo("200 of 203 found");
    assertThat(vm.moreHintBinding().get())
        .isEqualTo("3 more clients match. Type more of the name to narrow the list.");

    vm.queryProperty().set("client 20");
    assertThat(vm.clients())
        .extracting(ClientSummary::fullName)
        .containsExactly(
            "Client 020", "Client 120", "Client 200", "Client 201", "Client 202", "Client 203");
    assertThat(vm.countTextBinding().get()).isEqualTo("6 found");
    assertThat(vm.moreHintBinding().get()).isEmpty();
  }

  private long save(String name) {
    return service.save(Client.builder().fullName(name).build()).id();
  }
}
