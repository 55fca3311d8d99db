package org.knotwork.practice.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.practice.PaperSize;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/** The practice's letterhead (address, phone, email, logo) and paper size for printing. */
public final class LetterheadViewModel implements UnsavedWork {
  private final PracticeService practices;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final StringProperty address = new SimpleStringProperty(this, "address", "");
  private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
  private final StringProperty email = new SimpleStringProperty(this, "email", "");
  private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>(this, "logo");
  private final ObjectProperty<PaperSize> paper =
      new SimpleObjectProperty<>(this, "paper", PaperSize.A4);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ObjectBinding<Map<String, String>> problems;
  private PracticeDetails stored;

  public LetterheadViewModel(
      PracticeService practices, TaskExecutor executor, DialogService dialogs) {
    this.practices = practices;
    this.executor = executor;
    this.dialogs = dialogs;
    problems =
        Bindings.createObjectBinding(
            () -> PracticeService.detailsProblems(details()), address, phone, email, logo, paper);
  }

  /** Loads the stored details. */
  public void load() {
    executor.execute(
        practices::details,
        d -> {
          stored = d;
          address.set(d.address());
          phone.set(d.phone());
          email.set(d.email());
          logo.set(d.logo());
          paper.set(d.paperSize());
          status.set("");
        },
        failure ->
            dialogs.showError(
                "The letterhead could not be loaded", UserMessages.explain(failure, "Loading it")));
  }

  public void save() {
    save(() -> {});
  }

  /** Saves the letterhead; {@code then} runs once it is stored. */
  @Override
  public void save(Runnable then) {
    if (!problems.get().isEmpty()) {
      showProblems();
      return;
    }
    PracticeDetails d = details();
    executor.execute(
        () -> practices.saveDetails(d),
        saved -> {
          stored = d;
          status.set("Saved");
          then.run();
        },
        failure ->
            dialogs.showError(
                "The letterhead was not saved", UserMessages.explain(failure, "Saving it")));
  }

  /** Reads a logo picture from a file; only PNG and JPEG up to 1 MB are taken. */
  /** Asks for a PNG or JPEG picture, then {@link #chooseLogo}s it. */
  public void chooseLogoFile() {
    dialogs
        .showOpenDialog(
            org.knotwork.ui.FileDialogConfiguration.titled("Choose a logo")
                .withFilter("PNG or JPEG", "*.png", "*.jpg", "*.jpeg"))
        .ifPresent(this::chooseLogo);
  }

  public void chooseLogo(Path file) {
    executor.execute(
        () -> {
          long size = Files.size(file);
          if (size > PracticeService.MAX_LOGO_BYTES) {
            throw new IllegalArgumentException(
                "The picture is larger than 1 MB; choose a smaller one.");
          }
          byte[] bytes = Files.readAllBytes(file);
          if (!isPngOrJpeg(bytes)) {
            throw new IllegalArgumentException(
                "This file is not a PNG or JPEG picture; choose one of those.");
          }
          return bytes;
        },
        bytes -> {
          logo.set(bytes);
          status.set("Logo chosen; save to keep it");
        },
        failure ->
            dialogs.showError(
                "The logo was not taken", UserMessages.explain(failure, "Reading the picture")));
  }

  public void removeLogo() {
    logo.set(null);
    status.set("Logo removed; save to keep it");
  }

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return stored != null && !same(stored, details());
  }

  private static boolean same(PracticeDetails a, PracticeDetails b) {
    return a.address().equals(b.address())
        && a.phone().equals(b.phone())
        && a.email().equals(b.email())
        && java.util.Arrays.equals(a.logo(), b.logo())
        && a.paperSize() == b.paperSize();
  }

  @Override
  public String describe() {
    return "the letterhead";
  }

  @Override
  public boolean canSave() {
    return problems.get().isEmpty();
  }

  @Override
  public void showProblems() {
    status.set(problems.get().values().iterator().next());
  }

  @Override
  public void discard() {
    if (stored != null) {
      address.set(stored.address());
      phone.set(stored.phone());
      email.set(stored.email());
      logo.set(stored.logo());
      paper.set(stored.paperSize());
      status.set("");
    }
  }

  static boolean isPngOrJpeg(byte[] b) {
    boolean png =
        b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
    return png || jpeg;
  }

  private PracticeDetails details() {
    return new PracticeDetails(address.get(), phone.get(), email.get(), logo.get(), paper.get());
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public ObjectProperty<byte[]> logoProperty() {
    return logo;
  }

  public ObjectProperty<PaperSize> paperProperty() {
    return paper;
  }

  public ObjectBinding<Map<String, String>> problemsProperty() {
    return problems;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
