package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A date field's hint shows a date like the ones it takes: recent ones, or a birth date. */
@ExtendWith(ApplicationExtension.class)
class DatePromptTest {
  @Test
  void anEverydayDateFieldHintsAtARecentDate(FxRobot robot) {
    DatePicker[] picker = new DatePicker[1];
    robot.interact(() -> picker[0] = Forms.datePicker());

    String year = Integer.toString(LocalDate.now().getYear());
    assertThat(picker[0].getPromptText()).startsWith("e.g. ").contains(year);
  }

  @Test
  void aBirthDateFieldHintsAtABirthDate(FxRobot robot) {
    DatePicker[] picker = new DatePicker[1];
    robot.interact(() -> picker[0] = Forms.birthDatePicker());

    assertThat(picker[0].getPromptText())
        .isEqualTo(
            "e.g. "
                + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault())
                    .format(LocalDate.of(1980, 3, 14)));
  }
}
