package org.knotwork.session.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.knotwork.ui.Forms;
import org.knotwork.ui.QuickPhraseSupport;

/** Text inputs for the note, bound to the ViewModel and expanding quick phrases as you type. */
final class NoteFields {
  private final SessionNoteViewModel vm;

  NoteFields(SessionNoteViewModel vm) {
    this.vm = vm;
  }

  TextField text(StringProperty property, String id, String label, String prompt) {
    TextField field = Forms.textField(prompt);
    return bind(field, property, id, label);
  }

  TextArea area(StringProperty property, String id, String label, String prompt, int rows) {
    TextArea area = Forms.textArea(rows, prompt);
    return bind(area, property, id, label);
  }

  private <T extends TextInputControl> T bind(
      T field, StringProperty property, String id, String label) {
    field.setId(id);
    field.setAccessibleText(label);
    field.textProperty().bindBidirectional(property);
    QuickPhraseSupport.install(
        field,
        (text, caret) ->
            vm.expandQuickPhrase(text, caret)
                .map(e -> new QuickPhraseSupport.Result(e.text(), e.caret())));
    return field;
  }
}
