package org.knotwork.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PSFS score over many random forms: always a sensible mean, whatever the order. */
class PsfsScoringPropertyTest {
  private static final int CASES = 2_000;

  @Test
  void psfsIsAlwaysTheMeanWithinZeroToTenWhateverTheOrder() {
    Random r = new Random(20250314L);
    for (int c = 0; c < CASES; c++) {
      int n = 1 + r.nextInt(Scoring.PSFS_MAX_ITEMS);
      List<PsfsItem> items = new ArrayList<>();
      int sum = 0;
      for (int i = 0; i < n; i++) {
        int score = r.nextInt(11);
        sum += score;
        items.add(new PsfsItem("Activity " + i, score));
      }
      double psfs = Scoring.psfs(items);
      List<PsfsItem> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, r);

      String form = items.toString();
      assertThat(psfs).as(form).isNotNaN().isBetween(0.0, 10.0);
      assertThat(psfs).as(form).isCloseTo((double) sum / n, within(0.05));
      assertThat(Scoring.psfs(shuffled)).as(form).isEqualTo(psfs);
      assertThat(Math.round(psfs * 10) / 10.0).as(form).isEqualTo(psfs);
    }
  }
}
