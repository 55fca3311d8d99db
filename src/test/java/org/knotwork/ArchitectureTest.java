package org.knotwork;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The style guide's conventions (MVVM layering, jOOQ in repositories, no cycles, no stdout) as
 * build rules.
 */
@AnalyzeClasses(packages = "org.knotwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String GENERATED = "org.knotwork.db.generated..";

  /**
   * Every window beside the main one is made where the lock can close it (see
   * LockClosesEveryWindowTest): questions and messages in FxDialogService, system file dialogs in
   * FileChoosers.
   */
  @ArchTest
  static final ArchRule dialogsAreMadeOnlyByTheDialogService =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.knotwork.ui.FxDialogService")
          .should()
          .callConstructorWhere(
              com.tngtech.archunit.core.domain.JavaAccess.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                      com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                              javafx.scene.control.Dialog.class)
                          .or(
                              com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                  javafx.stage.Stage.class)))))
          .because("a lock must be able to close every question and message Knotwork shows");

  @ArchTest
  static final ArchRule fileDialogsAreShownOnlyThroughFileChoosers =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.knotwork.ui.FileChoosers")
          .should()
          .accessTargetWhere(
              com.tngtech.archunit.core.domain.JavaAccess.Predicates.target(
                      com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                          com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                  javafx.stage.FileChooser.class)
                              .or(
                                  com.tngtech.archunit.core.domain.JavaClass.Predicates
                                      .assignableTo(javafx.stage.DirectoryChooser.class))))
                  .and(
                      com.tngtech.archunit.core.domain.JavaAccess.Predicates.target(
                          com.tngtech.archunit.core.domain.properties.HasName.Predicates
                              .nameStartingWith("show"))))
          .because(
              "a system file dialog cannot be closed by a lock, so its answer must be checked"
                  + " against the lock (decision 22)");

  @ArchTest
  static final ArchRule onlyUiAndAppUseJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackages("..ui..", "org.knotwork.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("services, repositories, pdf and db must run and be tested without a toolkit");

  @ArchTest
  static final ArchRule generatedJooqCodeIsUsedOnlyByRepositories =
      classes()
          .that()
          .resideInAPackage(GENERATED)
          .should()
          .onlyHaveDependentClassesThat(
              simpleNameEndingWith("Repository").or(resideInAPackage(GENERATED)))
          .because("jOOQ lives only in repositories (style convention 8)");

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices()
          .matching("org.knotwork.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(resideInAPackage(GENERATED), alwaysTrue())
          .ignoreDependency(alwaysTrue(), resideInAPackage(GENERATED));

  @ArchTest
  static final ArchRule onlyTheCommandLinePrintsToStandardStreams =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.knotwork.cli..")
          .and()
          .doNotHaveFullyQualifiedName("org.knotwork.app.Launcher")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("messages go to the log or to the user, not to System.out (style pitfalls)");

  @ArchTest
  static final ArchRule commandsMakeNoLoggerBeforeLoggingIsPointedAtTheDataFolder =
      noFields()
          .that()
          .areStatic()
          .and()
          .haveRawType(org.slf4j.Logger.class)
          .should()
          .beDeclaredInClassesThat()
          .areAnnotatedWith(picocli.CommandLine.Command.class)
          .because(
              "picocli creates every command before the arguments are read, and a logger made"
                  + " then would write the log to the default folder instead of the practice's");

  @ArchTest
  static final ArchRule nothingPrintsStackTraces =
      noClasses()
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "Throwable.printStackTrace",
                  (JavaMethodCall call) ->
                      call.getName().equals("printStackTrace")
                          && call.getTargetOwner().isAssignableTo(Throwable.class)))
          .because("a user sees a clear message, the log gets the trace");

  @ArchTest
  static final ArchRule pdfAndDbDoNotDependOnUi =
      noClasses()
          .that()
          .resideInAnyPackage("org.knotwork.print..", "org.knotwork.db..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..ui..");

  @ArchTest
  static final ArchRule onlyThePrintPackageUsesPdfBox =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.knotwork.print..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
          .because("page layout, fonts and printing stay behind DocumentPrinter and SystemPrinter");

  @ArchTest
  static final ArchRule domainDoesNotDependOnUi =
      noClasses()
          .that()
          .resideOutsideOfPackages("..ui..", "org.knotwork.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..ui..")
          .because("the UI depends on the domain, never the other way round (MVVM, convention 1)");
}
