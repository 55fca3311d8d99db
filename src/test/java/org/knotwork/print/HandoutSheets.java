package org.knotwork.print;

import java.nio.file.Files;
import java.nio.file.Path;
import org.knotwork.handout.BuiltInHandouts;
import org.knotwork.handout.Handout;
import org.knotwork.practice.PaperSize;

/**
 * Writes every built-in handout as a PDF (A4 and Letter) into a folder, to look at them: {@code
 * java -cp ... org.knotwork.print.HandoutSheets target/handouts}, then {@code pdftoppm -png}.
 */
public final class HandoutSheets {
  private HandoutSheets() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/handouts");
    Files.createDirectories(dir);
    DocumentPrinter printer = new DocumentPrinter();
    for (PaperSize paper : PaperSize.values()) {
      for (Handout h : BuiltInHandouts.all()) {
        byte[] pdf =
            printer.handout(
                PlanFixtures.letterhead(null), paper, "Zoë Łukasiewicz", h, PlanFixtures.PRINTED);
        Files.write(dir.resolve(h.builtInKey() + "-" + paper.name().toLowerCase() + ".pdf"), pdf);
      }
    }
  }
}
