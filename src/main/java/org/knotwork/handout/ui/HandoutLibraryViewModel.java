package org.knotwork.handout.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.Client;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutFigure;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.HandoutText;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The handout library: browse, print for the open client, duplicate, edit, restore a built-in, and
 * write the therapist's own.
 */
public final class HandoutLibraryViewModel implements UnsavedWork {
  private final HandoutLibrary library;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyObjectProperty<Client> openClient;
  private final ObservableList<LibraryItem> items = FXCollections.observableArrayList();
  private final ObjectProperty<LibraryItem> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
  private final BooleanProperty forOpenClient = new SimpleBooleanProperty(this, "forClient", true);
  // the editor
  private String editingRef;
  private final StringProperty title = new SimpleStringProperty(this, "title", "");
  private final StringProperty intro = new SimpleStringProperty(this, "intro", "");
  private final StringProperty body = new SimpleStringProperty(this, "body", "");
  private final StringProperty howOften = new SimpleStringProperty(this, "howOften", "");
  private final StringProperty safety = new SimpleStringProperty(this, "safety", "");
  private final ObjectProperty<HandoutFigure> figure = new SimpleObjectProperty<>(this, "figure");
  private final ObjectProperty<byte[]> image = new SimpleObjectProperty<>(this, "image");
  private Handout filled;

  public HandoutLibraryViewModel(
      HandoutLibrary library,
      TaskExecutor executor,
      DialogService dialogs,
      ReadOnlyObjectProperty<Client> openClient) {
    this.library = library;
    this.executor = executor;
    this.dialogs = dialogs;
    this.openClient = openClient;
  }

  public void load() {
    String keep = selected.get() == null ? null : selected.get().ref();
    executor.execute(library::list, list -> show(list, keep), this::failed);
  }

  private void show(List<LibraryItem> list, String ref) {
    items.setAll(list);
    selected.set(
        list.stream()
            .filter(i -> i.ref().equals(ref))
            .findFirst()
            .orElse(list.isEmpty() ? null : list.get(0)));
  }

  /** The key for printing the selected handout: for the open client, or with a blank name. */
  public HandoutCopy copy() {
    LibraryItem item = selected.get();
    if (item == null) {
      return null;
    }
    Client client = openClient.get();
    return new HandoutCopy(item.ref(), forOpenClient.get() && client != null ? client.id() : null);
  }

  /** "Prepared for Anna Berg" or the reason the name line stays blank. */
  public String preparedFor() {
    Client client = openClient.get();
    return client == null ? null : client.fullName();
  }

  public void duplicate() {
    LibraryItem item = selected.get();
    if (item == null) {
      return;
    }
    executor.execute(
        () -> library.duplicate(item.ref()),
        copy -> {
          status.set("Copied as “" + copy.title() + "”");
          reloadSelecting(copy.ref());
        },
        this::failed);
  }

  public void restore() {
    LibraryItem item = selected.get();
    if (item == null
        || item.kind() != LibraryItem.Kind.EDITED
        || !dialogs.confirm(
            "Restore the original?",
            "Your changes to “" + item.title() + "” are replaced by the handout as it came.",
            "Restore original")) {
      return;
    }
    executor.executeWhileUnlocked(
        () -> library.restore(item.ref()),
        restored -> {
          status.set("Original restored");
          reloadSelecting(restored.ref());
        },
        this::failed);
  }

  public void delete() {
    LibraryItem item = selected.get();
    if (item == null
        || item.kind() != LibraryItem.Kind.OWN
        || !dialogs.confirm(
            "Delete this handout?",
            "“" + item.title() + "” is removed from the library.",
            "Delete handout")) {
      return;
    }
    executor.executeWhileUnlocked(
        () -> {
          library.delete(item.ref());
          return item.ref();
        },
        ref -> {
          status.set("Deleted");
          reloadSelecting(null);
        },
        this::failed);
  }

  /** Opens the selected handout in the editor. */
  public void edit() {
    LibraryItem item = selected.get();
    if (item != null) {
      fill(item.ref(), item.handout());
    }
  }

  /** Opens an empty editor for a new handout of the therapist's own. */
  public void create() {
    fill(null, new Handout(null, null, "", "", List.of(), "", "", null, null));
    body.set("# Steps\n1. \n\n# Tips\n- \n");
    filled = content(); // the empty template is nothing typed yet
  }

  public void save() {
    save(() -> {});
  }

  /** Saves the handout in the editor and closes it; {@code then} runs once it is stored. */
  @Override
  public void save(Runnable then) {
    Handout content = content();
    var problem = HandoutLibrary.problem(content);
    if (problem.isPresent()) {
      status.set(problem.get());
      return;
    }
    String ref = editingRef;
    executor.execute(
        () -> library.save(ref, content),
        saved -> {
          editing.set(false);
          status.set("Saved");
          reloadSelecting(saved.ref());
          then.run();
        },
        this::failed);
  }

  private Handout content() {
    return new Handout(
        null,
        null,
        title.get().strip(),
        intro.get().strip(),
        HandoutText.parse(body.get()),
        howOften.get().strip(),
        safety.get().strip(),
        figure.get(),
        image.get());
  }

  // ----- as unsaved work (decision 31): the handout in the editor -----

  @Override
  public boolean hasUnsavedChanges() {
    if (!editing.get() || filled == null) {
      return false;
    }
    Handout now = content();
    return !now.title().equals(filled.title().strip())
        || !now.intro().equals(filled.intro().strip())
        || !HandoutText.format(now.sections()).equals(HandoutText.format(filled.sections()))
        || !now.howOften().equals(filled.howOften().strip())
        || !now.safety().equals(filled.safety().strip())
        || !java.util.Objects.equals(now.figure(), filled.figure())
        || !java.util.Arrays.equals(now.image(), filled.image());
  }

  @Override
  public String describe() {
    return title.get().isBlank() ? "the new handout" : "the handout “" + title.get().strip() + "”";
  }

  @Override
  public boolean canSave() {
    return HandoutLibrary.problem(content()).isEmpty();
  }

  @Override
  public void showProblems() {
    HandoutLibrary.problem(content()).ifPresent(status::set);
  }

  @Override
  public void discard() {
    cancelEdit();
  }

  /** Before a lock: stores the handout as typed and keeps it open in the editor. */
  @Override
  public void saveQuietly() {
    if (!hasUnsavedChanges() || !canSave()) {
      return;
    }
    Handout content = content();
    String ref = editingRef;
    executor.execute(
        () -> library.save(ref, content),
        saved -> {
          if (editing.get() && content.equals(content())) {
            editingRef = saved.ref();
            filled = content;
            status.set("Saved");
          }
        },
        this::failed);
  }

  public void cancelEdit() {
    editing.set(false);
    status.set("");
  }

  /** Reads a picture for the handout; PNG or JPEG up to 2 MB. */
  public void chooseImage(Path file) {
    executor.execute(
        () -> {
          if (Files.size(file) > HandoutLibrary.MAX_IMAGE_BYTES) {
            throw new IllegalArgumentException(
                "The picture is larger than 2 MB; choose a smaller one.");
          }
          byte[] bytes = Files.readAllBytes(file);
          boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P';
          boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8;
          if (!png && !jpeg) {
            throw new IllegalArgumentException("This file is not a PNG or JPEG picture.");
          }
          return bytes;
        },
        image::set,
        this::failed);
  }

  private void fill(String ref, Handout h) {
    editingRef = ref;
    title.set(h.title());
    intro.set(h.intro());
    body.set(HandoutText.format(h.sections()));
    howOften.set(h.howOften());
    safety.set(h.safety());
    figure.set(h.figure());
    image.set(h.image());
    filled =
        new Handout(
            null,
            null,
            h.title(),
            h.intro(),
            HandoutText.parse(body.get()),
            h.howOften(),
            h.safety(),
            h.figure(),
            h.image());
    status.set("");
    editing.set(true);
  }

  private void reloadSelecting(String ref) {
    executor.execute(library::list, list -> show(list, ref), this::failed);
  }

  private void failed(Throwable failure) {
    dialogs.showError("The handout library was not changed", UserMessages.explain(failure, "That"));
  }

  public ObservableList<LibraryItem> items() {
    return items;
  }

  public ObjectProperty<LibraryItem> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty editingProperty() {
    return editing.getReadOnlyProperty();
  }

  public BooleanProperty forOpenClientProperty() {
    return forOpenClient;
  }

  public ReadOnlyObjectProperty<Client> openClientProperty() {
    return openClient;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty introProperty() {
    return intro;
  }

  public StringProperty bodyProperty() {
    return body;
  }

  public StringProperty howOftenProperty() {
    return howOften;
  }

  public StringProperty safetyProperty() {
    return safety;
  }

  public ObjectProperty<HandoutFigure> figureProperty() {
    return figure;
  }

  public ObjectProperty<byte[]> imageProperty() {
    return image;
  }
}
