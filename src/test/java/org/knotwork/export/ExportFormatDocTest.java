package org.knotwork.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.ClientAlert;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.WorkPosture;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanStatus;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RedFlagUrgency;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;

/** docs/export-format.md names every value the JSON can hold, so other software can rely on it. */
class ExportFormatDocTest {
  @Test
  void everyEnumerationValueWrittenToTheJsonIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("docs/export-format.md"));
    List<Class<? extends Enum<?>>> written =
        List.of(
            BackRegion.class,
            Side.class,
            Tone.class,
            Technique.class,
            PressurePreference.class,
            Position.class,
            WorkPosture.class,
            HealthCondition.class,
            ClientAlert.Kind.class,
            RedFlagQuestion.class,
            RedFlagUrgency.class,
            Frequency.class,
            PlanStatus.class,
            NoteStatus.class,
            org.knotwork.appointment.PlaceKind.class,
            org.knotwork.appointment.AppointmentState.class,
            org.knotwork.appointment.CancelledBy.class);
    // Audit actions are listed too, but others are added often; the doc says more may come.
    for (Class<? extends Enum<?>> type : written) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertThat(doc).as(type.getSimpleName()).contains(value.name());
      }
    }
    assertThat(doc)
        .contains(RecordJson.CLIENT_FORMAT, RecordJson.PRACTICE_FORMAT)
        .contains("version " + RecordJson.VERSION);
  }
}
