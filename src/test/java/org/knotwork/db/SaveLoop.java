package org.knotwork.db;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

/**
 * The process {@link KillNineTest} kills: unlocks the practice in a folder and signs notes as fast
 * as it can, printing the id of each note once its transaction has committed.
 */
public final class SaveLoop {
  private SaveLoop() {}

  public static void main(String[] args) throws Exception {
    DataDirectory dir = DataDirectory.at(Path.of(args[0]));
    long client = Long.parseLong(args[1]);
    DatabaseCredentials key = PracticeKeys.forTests().unlock(dir, args[2].toCharArray());
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    try (Database db = Database.openCurrent(dir, key)) {
      SessionRepository sessions = new SessionRepository(db.dsl());
      out.println("READY");
      out.flush();
      LocalDateTime at = LocalDateTime.of(2026, 1, 5, 9, 0);
      int stopAfter = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
      for (int i = 0; i < stopAfter; i++) {
        SessionNote note = SessionFixtures.signedNote(client, at.plusMinutes(90L * i), 60);
        long id = sessions.importNotes(List.of(note), "loop").get(0);
        out.println("COMMITTED " + id);
        out.flush();
      }
    }
  }
}
