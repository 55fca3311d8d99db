package org.knotwork.handout;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The handout library: the built-in handouts (as edited by the therapist, if they were) followed by
 * the therapist's own. Edits of a built-in can be undone by restoring it.
 */
public final class HandoutLibrary {
  public static final int MAX_TITLE = 120;
  public static final int MAX_IMAGE_BYTES = 2_000_000;
  private final HandoutRepository repository;
  private final Clock clock;

  public HandoutLibrary(HandoutRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Built-in handouts in their order, then the therapist's own by title. */
  public List<LibraryItem> list() {
    List<Handout> stored = repository.all();
    Map<String, Handout> edits =
        stored.stream()
            .filter(h -> h.builtInKey() != null)
            .collect(Collectors.toMap(Handout::builtInKey, Function.identity()));
    List<LibraryItem> items = new ArrayList<>();
    for (Handout builtIn : BuiltInHandouts.all()) {
      Handout edit = edits.get(builtIn.builtInKey());
      items.add(
          new LibraryItem(
              HandoutRef.builtIn(builtIn.builtInKey()),
              edit == null ? builtIn : edit,
              edit == null ? LibraryItem.Kind.BUILT_IN : LibraryItem.Kind.EDITED));
    }
    stored.stream()
        .filter(h -> h.builtInKey() == null)
        .sorted(Comparator.comparing(h -> h.title().toLowerCase(java.util.Locale.ROOT)))
        .forEach(
            h -> items.add(new LibraryItem(HandoutRef.stored(h.id()), h, LibraryItem.Kind.OWN)));
    return items;
  }

  /** The handout a plan refers to, as it reads today; empty when it was deleted. */
  public Optional<Handout> find(String ref) {
    String key = HandoutRef.builtInKey(ref);
    if (key != null) {
      return repository.findEdit(key).or(() -> BuiltInHandouts.byKey(key));
    }
    OptionalLong id = HandoutRef.storedId(ref);
    return id.isPresent() ? repository.find(id.getAsLong()) : Optional.empty();
  }

  /** The handouts for these references in order, leaving out any that no longer exist. */
  public List<Handout> resolve(List<String> refs) {
    return refs.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /**
   * Saves the content under a reference: an edit of a built-in, a change to an own handout, or
   * (with a null reference) a new own handout. Returns the saved item.
   */
  public LibraryItem save(String ref, Handout content) {
    check(content);
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    if (ref == null) {
      long id = repository.insert(withKey(content, null), now);
      return item(HandoutRef.stored(id));
    }
    String key = HandoutRef.builtInKey(ref);
    if (key != null) {
      if (BuiltInHandouts.byKey(key).isEmpty()) {
        throw new IllegalArgumentException("There is no built-in handout called " + key + ".");
      }
      Optional<Handout> edit = repository.findEdit(key);
      if (edit.isPresent()) {
        repository.update(edit.get().id(), withKey(content, key), now);
      } else {
        repository.insert(withKey(content, key), now);
      }
      return item(ref);
    }
    long id =
        HandoutRef.storedId(ref)
            .orElseThrow(() -> new IllegalArgumentException("Unknown handout " + ref));
    if (!repository.update(id, withKey(content, null), now)) {
      throw new IllegalStateException("This handout was deleted meanwhile; nothing was saved.");
    }
    return item(ref);
  }

  /** A new own handout with the content of this one, titled "… (copy)". */
  public LibraryItem duplicate(String ref) {
    Handout source = find(ref).orElseThrow(() -> new IllegalStateException("No such handout."));
    String title = source.title() + " (copy)";
    if (title.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE);
    }
    Handout copy =
        new Handout(
            null,
            null,
            title,
            source.intro(),
            source.sections(),
            source.howOften(),
            source.safety(),
            source.figure(),
            source.image());
    return save(null, copy);
  }

  /** Undoes the therapist's edit of a built-in handout. */
  public LibraryItem restore(String ref) {
    String key = HandoutRef.builtInKey(ref);
    if (key == null) {
      throw new IllegalArgumentException("Only a built-in handout can be restored.");
    }
    repository.findEdit(key).ifPresent(edit -> repository.delete(edit.id()));
    return item(ref);
  }

  /**
   * Deletes one of the therapist's own handouts. Refused while a plan lists it, so a printed plan
   * can always be printed again.
   */
  public void delete(String ref) {
    long id =
        HandoutRef.storedId(ref)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "A built-in handout cannot be deleted; restore it instead."));
    int plans = repository.plansUsing(ref);
    if (plans > 0) {
      throw new IllegalStateException(
          "This handout is part of "
              + plans
              + (plans == 1 ? " treatment plan" : " treatment plans")
              + ", so it stays in the library. Nothing was deleted.");
    }
    repository.delete(id);
  }

  /** What is wrong with a handout's content, if anything. */
  public static Optional<String> problem(Handout h) {
    if (h.title().isBlank()) {
      return Optional.of("Give the handout a title.");
    }
    if (h.title().strip().length() > MAX_TITLE) {
      return Optional.of("Keep the title under " + MAX_TITLE + " characters.");
    }
    if (h.sections().isEmpty() && h.intro().isBlank()) {
      return Optional.of("Write at least an introduction or one section.");
    }
    if (h.sections().stream().anyMatch(s -> s.heading().isBlank())) {
      return Optional.of("Every section needs a heading.");
    }
    if (h.image() != null && h.image().length > MAX_IMAGE_BYTES) {
      return Optional.of("The picture is larger than 2 MB; use a smaller one.");
    }
    return Optional.empty();
  }

  private static void check(Handout h) {
    problem(h)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  private LibraryItem item(String ref) {
    return list().stream()
        .filter(i -> i.ref().equals(ref))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No such handout."));
  }

  private static Handout withKey(Handout h, String key) {
    return new Handout(
        null,
        key,
        h.title().strip(),
        h.intro(),
        h.sections(),
        h.howOften(),
        h.safety(),
        h.figure(),
        h.image());
  }
}
