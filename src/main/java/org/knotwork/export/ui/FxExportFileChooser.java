package org.knotwork.export.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.knotwork.ui.FileChoosers;

/** The system's save dialog, starting in the folder used last time. */
public final class FxExportFileChooser implements ExportFileChooser {
  private final Supplier<Window> owner;
  private final FileChoosers files;
  private File lastFolder;

  public FxExportFileChooser(Supplier<Window> owner, FileChoosers files) {
    this.owner = owner;
    this.files = files;
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
    Optional<Path> chosen = files.save(chooser, owner.get());
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Path file = chosen.get();
    lastFolder = file.getParent().toFile();
    String name = file.getFileName().toString();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      file = file.resolveSibling(name + ".zip");
    }
    return Optional.of(file);
  }
}
