package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.session.SessionRepository;
import org.knotwork.session.Visit;

class ClientSearchIndexTest {
  private static final LocalDateTime ADDED = LocalDateTime.of(2026, 1, 5, 18, 0);
  private static final LocalDateTime LATER = LocalDateTime.of(2026, 3, 2, 18, 0);

  private final Database db = Database.inMemory();
  private final ClientRepository repository = new ClientRepository(db.dsl());
  private final ClientSearchIndex index = new ClientSearchIndex(repository);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void answersEverySearchAsTheDatabaseDoes() {
    String[][] people = {
      {"Zoë Martin", "zoe@example.org", "+44 20 7946 0018"},
      {"Łukasz Nowak", null, "07700 900123"},
      {"Anna Berg", "anna_berg@example.org", null},
      {"Anna Lind", "lind@example.org", "0612 34 56"},
      {"Lars Berg", null, null},
      {"Émile Zola", "emile@example.org", null},
    };
    for (int i = 0; i < people.length; i++) {
      repository.insert(
          Client.builder()
              .fullName(people[i][0])
              .email(people[i][1])
              .phone(people[i][2])
              .dateOfBirth(LocalDate.of(1970 + i, 1 + i, 1))
              .build(),
          ADDED.plusMinutes(i % 3));
    }
    long lars = repository.search(List.of("lars"), false).get(0).id();
    repository.setArchived(lars, LATER, LATER);

    for (String query :
        List.of("", "anna", "BERG", "berg anna", "a_berg", "100%", "0770", "+44 20", "zo", "x")) {
      for (boolean archived : List.of(false, true)) {
        List<String> terms = SearchText.terms(query);
        assertThat(index.search(terms, archived, 100).listed())
            .as("“%s”, archived %s", query, archived)
            .containsExactlyElementsOf(repository.search(terms, archived));
      }
    }
  }

  @Test
  void listsTheFirstMatchesAndCountsThemAll() {
    for (String name : List.of("Anna Berg", "Anna Lind", "Anna Holm", "Ben Okafor")) {
      repository.insert(Client.builder().fullName(name).build(), ADDED);
    }

    ClientMatches two = index.search(List.of("anna"), false, 2);

    assertThat(two.listed())
        .extracting(ClientSummary::fullName)
        .containsExactly("Anna Berg", "Anna Holm");
    assertThat(two.total()).isEqualTo(3);
    assertThat(index.search(List.of(), false, 10).total()).isEqualTo(4);
  }

  @Test
  void seesEveryChangeToTheListAtTheNextSearch() {
    long ines = repository.insert(Client.builder().fullName("Ines Duarte").build(), ADDED);
    long otto = repository.insert(Client.builder().fullName("Otto Berg").build(), ADDED);
    assertThat(names("")).containsExactly("Ines Duarte", "Otto Berg");

    long new1 = repository.insert(Client.builder().fullName("Nina Park").build(), LATER);
    assertThat(names("")).containsExactly("Nina Park", "Ines Duarte", "Otto Berg");

    Client renamed =
        repository.find(ines).orElseThrow().toBuilder()
            .fullName("Inês Sousa")
            .dateOfBirth(LocalDate.of(1981, 4, 2))
            .build();
    repository.update(renamed, LATER);
    assertThat(names("sousa")).containsExactly("Inês Sousa");
    assertThat(index.search(List.of("sousa"), false, 5).listed().get(0).dateOfBirth())
        .isEqualTo(LocalDate.of(1981, 4, 2));

    LocalDateTime visit = LATER.plusDays(1);
    Visit.insertAll(new SessionRepository(db.dsl()), List.of(new Visit(otto, visit, 60, visit)));
    assertThat(names("")).containsExactly("Otto Berg", "Nina Park", "Inês Sousa");
    assertThat(index.search(List.of("otto"), false, 5).listed().get(0).lastVisit())
        .isEqualTo(visit.toLocalDate());

    repository.setArchived(new1, LATER, LATER);
    assertThat(names("")).containsExactly("Otto Berg", "Inês Sousa");

    new RetentionRepository(db.dsl()).delete(otto, LATER, "anna", "test");
    assertThat(names("")).containsExactly("Inês Sousa");
  }

  @Test
  void onlyAChangeToWhatTheListShowsMovesItsVersion() {
    long id = repository.insert(Client.builder().fullName("Ines Duarte").build(), ADDED);
    long before = repository.listVersion();

    Client intakeOnly =
        repository.find(id).orElseThrow().toBuilder().medications("ibuprofen as needed").build();
    repository.update(intakeOnly, LATER);
    assertThat(repository.listVersion()).isEqualTo(before);

    repository.update(intakeOnly.toBuilder().preferredName("Nes").build(), LATER);
    assertThat(repository.listVersion()).isGreaterThan(before);
  }

  private List<String> names(String query) {
    return index.search(SearchText.terms(query), false, 100).listed().stream()
        .map(ClientSummary::fullName)
        .toList();
  }
}
