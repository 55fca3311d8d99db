package org.knotwork;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.concurrent.Executors;

/**
 * The style guide's conventions (MVVM layering, jOOQ in repositories, no cycles, no stdout) as
 * build rules.
 */
@AnalyzeClasses(packages = "org.knotwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String GENERATED = "org.knotwork.db.generated..";
  private static final String COMPOSITION_ROOT = "org.knotwork.app.AppContext";

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
  static final ArchRule onlyThePrintPackageUsesPdfBox =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.knotwork.print..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
          .because("page layout, fonts and printing stay behind DocumentPrinter and SystemPrinter");

  // --- layers ------------------------------------------------------------------------------

  private static final String CLI = "Command line";
  private static final String APP = "App";
  private static final String SCREENS = "Screens";
  private static final String FEATURES = "Features";
  private static final String DATABASE = "Database";

  /** The feature packages below their screens: records, rules, services and repositories. */
  private static final DescribedPredicate<JavaClass> FEATURE_CODE =
      resideInAPackage("org.knotwork..")
          .and(
              not(
                  resideInAnyPackage(
                      "org.knotwork.cli..",
                      "org.knotwork.app..",
                      "org.knotwork..ui..",
                      "org.knotwork.db..")))
          .as("feature code");

  @ArchTest
  static final ArchRule dependenciesPointDownTheLayers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer(CLI)
          .definedBy("org.knotwork.cli..")
          .layer(APP)
          .definedBy("org.knotwork.app..")
          .layer(SCREENS)
          .definedBy("org.knotwork..ui..")
          .layer(FEATURES)
          .definedBy(FEATURE_CODE)
          .layer(DATABASE)
          .definedBy("org.knotwork.db..")
          .whereLayer(CLI)
          .mayNotBeAccessedByAnyLayer()
          .whereLayer(APP)
          .mayOnlyBeAccessedByLayers(CLI)
          .whereLayer(SCREENS)
          .mayOnlyBeAccessedByLayers(APP)
          .whereLayer(FEATURES)
          .mayOnlyBeAccessedByLayers(CLI, APP, SCREENS)
          .whereLayer(DATABASE)
          .mayOnlyBeAccessedByLayers(CLI, APP, SCREENS, FEATURES)
          // the generated tables name the features' enums for their columns (decision 29)
          .ignoreDependency(resideInAPackage(GENERATED), alwaysTrue())
          .because(
              "cli → app → screens (ui) → features → db: nothing lower knows anything higher, so"
                  + " each layer can be tested without the ones above it");

  // --- MVVM and the toolkit ----------------------------------------------------------------

  @ArchTest
  static final ArchRule viewModelsDoNotTouchNodes =
      noClasses()
          .that()
          .haveNameMatching(".*ViewModel(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because(
              "a ViewModel holds state as properties (javafx.beans, javafx.collections) and is"
                  + " tested without a toolkit; controls, scenes and images belong to the View"
                  + " (convention 1)");

  @ArchTest
  static final ArchRule fileChoosersOnlyInTheDialogService =
      noClasses()
          .that(not(memberOf("org.knotwork.ui.FxDialogService", "org.knotwork.ui.FileChoosers")))
          .should()
          .dependOnClassesThat()
          .areAssignableTo(javafx.stage.FileChooser.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(javafx.stage.DirectoryChooser.class)
          .because(
              "a system file dialog cannot be closed by a lock, so its answer must be checked"
                  + " against the lock, in one place (decision 22)");

  /** The classes that own Knotwork's threads: the task executors in {@code ui}, and the close. */
  private static final DescribedPredicate<JavaClass> EXECUTORS =
      resideInAPackage("org.knotwork.ui")
          .and(JavaClass.Predicates.simpleNameEndingWith("Executor"))
          .or(
              DescribedPredicate.describe(
                  "nested in an executor",
                  (JavaClass c) ->
                      c.getEnclosingClass()
                          .map(e -> e.getName().matches("org\\.knotwork\\.ui\\.\\w+Executor"))
                          .orElse(false)))
          // The practice's closing thread outlives the JavaFX toolkit and keeps the process
          // alive until the day's backup is written (decision 27).
          .or(
              DescribedPredicate.describe(
                  "the closing thread",
                  (JavaClass c) -> c.getName().equals("org.knotwork.app.PendingCloses")))
          // The start-up warm-up's one low-priority thread, on a throw-away practice (decision 30).
          .or(
              DescribedPredicate.describe(
                  "the start-up warm-up",
                  (JavaClass c) -> c.getName().equals("org.knotwork.app.StartupWarmup")))
          .as(
              "the task executors (org.knotwork.ui.*Executor) and the closing thread (PendingCloses)");

  @ArchTest
  static final ArchRule threadsAreStartedOnlyByTheExecutors =
      noClasses()
          .that(not(EXECUTORS))
          .should()
          .callConstructorWhere(
              JavaAccess.Predicates.target(
                  HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(Executors.class)
          .because(
              "work leaves the JavaFX thread only through a TaskExecutor, which tests replace by"
                  + " one that runs on the calling thread (convention 4)");

  // --- the database ------------------------------------------------------------------------

  @ArchTest
  static final ArchRule jooqOnlyInDbAndRepositories =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.knotwork.db..")
          .and()
          .haveNameNotMatching(".*Repository(\\$.*)?")
          .and()
          .doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jooq..")
          .because(
              "SQL lives in the repositories (convention 8); the composition root only hands them"
                  + " the database's DSLContext");

  @ArchTest
  static final ArchRule repositoriesAreMadeOnlyByTheCompositionRoot =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
          // backups are checked by opening the copy, a database of its own, with its own
          // repositories (BackupService.check, Recovery, BackupRepository.auditLog)
          .and()
          .resideOutsideOfPackage("org.knotwork.backup")
          .should()
          .callConstructorWhere(
              JavaAccess.Predicates.target(
                  HasOwner.Predicates.With.owner(simpleNameEndingWith("Repository"))))
          .because(
              "AppContext is the one composition root (convention 5): everything else is handed"
                  + " its services, except the backup package for the copies it opens");

  // --- documents ---------------------------------------------------------------------------

  @ArchTest
  static final ArchRule domainPackagesDoNotDependOnPrint =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.knotwork.appointment",
              "org.knotwork.audit",
              "org.knotwork.backup",
              "org.knotwork.body",
              "org.knotwork.client",
              "org.knotwork.handout",
              "org.knotwork.history",
              "org.knotwork.outcome",
              "org.knotwork.plan",
              "org.knotwork.practice",
              "org.knotwork.retention",
              "org.knotwork.safety",
              "org.knotwork.session")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.knotwork.print..")
          .because(
              "print lays records out on paper and so depends on them; documents are gathered in"
                  + " printout and export (decision 12)");

  // --- test helpers ------------------------------------------------------------------------

  @ArchTest
  static final ArchRule mainCodeHoldsNoTestHelpers =
      noClasses()
          .should()
          .haveNameMatching(".*(CurrentThread|Recording|Fake|Stub|Fixture).*")
          .because(
              "test helpers live in src/test: in the app a same-thread executor would run the"
                  + " database on the JavaFX thread");

  /**
   * Repository methods that only tests call today; each should move into a test fixture (as {@code
   * Visit.insertAll} did) or its tests should go through the method the app uses. Do not add to
   * this list.
   */
  private static final java.util.Set<String> ONLY_TESTS_CALL_YET =
      java.util.Set.of(
          "org.knotwork.client.ClientRepository.count()",
          "org.knotwork.client.ClientRepository.insert(org.knotwork.client.Client,"
              + " java.time.LocalDateTime)",
          "org.knotwork.client.ClientRepository.search(java.util.List, boolean, int)",
          "org.knotwork.client.ClientRepository.setArchived(long, java.time.LocalDateTime,"
              + " java.time.LocalDateTime)",
          "org.knotwork.client.ClientRepository.update(org.knotwork.client.Client,"
              + " java.time.LocalDateTime)",
          "org.knotwork.outcome.OutcomeRepository.addEntry(org.knotwork.outcome.OutcomeEntry,"
              + " java.time.LocalDateTime)",
          "org.knotwork.outcome.OutcomeRepository.deleteEntry(long)");

  @ArchTest
  static final ArchRule repositoryMethodsAreUsedByTheApp =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .should(
              new ArchCondition<JavaMethod>("be used by the app's own code") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  boolean used =
                      method.getAccessesToSelf().stream()
                          .anyMatch(a -> !a.getOriginOwner().equals(method.getOwner()));
                  if (!used && !ONLY_TESTS_CALL_YET.contains(method.getFullName())) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " is used by no class of the app"));
                  }
                }
              })
          .because(
              "a method only tests call (such as a way to insert bare visits) belongs in a test"
                  + " fixture, not in a repository the app ships");

  private static DescribedPredicate<JavaClass> memberOf(String... classNames) {
    return DescribedPredicate.describe(
        String.join(" or ", classNames),
        (JavaClass c) -> {
          for (String name : classNames) {
            if (c.getName().equals(name) || c.getName().startsWith(name + "$")) {
              return true;
            }
          }
          return false;
        });
  }
}
