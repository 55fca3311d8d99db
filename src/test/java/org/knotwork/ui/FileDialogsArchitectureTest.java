package org.knotwork.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every file and folder dialog is asked for through {@link DialogService} (decision 28), so a
 * ViewModel that asks for a file is tested without a window, and every dialog passes the lock check
 * in {@link FileChoosers}.
 */
@AnalyzeClasses(packages = "org.knotwork", importOptions = ImportOption.DoNotIncludeTests.class)
class FileDialogsArchitectureTest {

  @ArchTest
  static final ArchRule fileDialogsAreMadeOnlyByTheDialogService =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(FxDialogService.class.getName())
          .should()
          .callConstructorWhere(
              JavaAccess.Predicates.target(
                  HasOwner.Predicates.With.owner(
                      JavaClass.Predicates.assignableTo(javafx.stage.FileChooser.class)
                          .or(
                              JavaClass.Predicates.assignableTo(
                                  javafx.stage.DirectoryChooser.class)))))
          .because("screens ask DialogService for files, so they are testable without a window");
}
