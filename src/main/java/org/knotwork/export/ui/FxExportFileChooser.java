package org.knotwork.export.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, starting in the folder used last time. */
public final class FxExportFileChooser implements ExportFileChooser {
  private final Supplier<Window> owner;
  private File lastFolder;

  public FxExportFileChooser(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> chooseZip(String title, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP file", "*.zip"));
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    File file = chooser.showSaveDialog(owner.get());
    if (file == null) {
      return Optional.empty();
    }
    lastFolder = file.getParentFile();
    String name = file.getName();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      file = new File(file.getParentFile(), name + ".zip");
    }
    return Optional.of(file.toPath());
  }
}
