package org.knotwork.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;

/**
 * The app and every command open and close a practice through {@link PracticeSession}: nothing else
 * takes the data folder, opens the records or builds the services over them.
 */
@AnalyzeClasses(packages = "org.knotwork", importOptions = ImportOption.DoNotIncludeTests.class)
class PracticeSessionIsTheOnlyWayInTest {
  private static final String SESSION = "org.knotwork.app.PracticeSession";

  @ArchTest
  static final ArchRule onlyTheSessionTakesTheDataFolder =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(SESSION)
          .should()
          .callMethod(InstanceLock.class, "tryAcquire", DataDirectory.class)
          .because("one class knows when a practice's folder is taken and when it is let go");

  /**
   * Besides the session, only the start-up warm-up builds an AppContext: on a throw-away database
   * in memory, never the practice's records (decision 30).
   */
  @ArchTest
  static final ArchRule onlyTheSessionBuildsTheServices =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(SESSION)
          .and()
          .doNotHaveFullyQualifiedName("org.knotwork.app.StartupWarmup")
          .should()
          .callConstructor(AppContext.class, DataDirectory.class, Database.class, Clock.class)
          .because("the app and the command line work on the records the same way");

  /**
   * Two classes open a database of their own, never the practice's records: PracticeKeys proves the
   * file it has just encrypted opens, BackupService checks a backup unpacked in a temporary folder.
   */
  @ArchTest
  static final ArchRule onlyTheSessionOpensThePracticesRecords =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(SESSION)
          .and()
          .doNotHaveFullyQualifiedName("org.knotwork.db.PracticeKeys")
          .and()
          .doNotHaveFullyQualifiedName("org.knotwork.backup.BackupService")
          .should()
          .callMethod(Database.class, "open", DataDirectory.class, DatabaseCredentials.class)
          .because("the records are opened only once their folder is taken, by the session");
}
