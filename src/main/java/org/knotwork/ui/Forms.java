package org.knotwork.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/** Building blocks for forms: labelled fields, error text beside a field, dates typed or picked. */
public final class Forms {
  /**
   * The error mark sits inside the field at its right end, not astride its bottom-left corner where
   * it would cover the field's border and the first letters of the message below.
   */
  private static final GraphicValidationDecoration DECORATION =
      new GraphicValidationDecoration() {
        @Override
        protected java.util.Collection<org.controlsfx.control.decoration.Decoration>
            createValidationDecorations(org.controlsfx.validation.ValidationMessage message) {
          return java.util.List.of(
              new org.controlsfx.control.decoration.GraphicDecoration(
                  createDecorationNode(message), javafx.geometry.Pos.CENTER_RIGHT, -12, 0));
        }
      };

  private Forms() {}

  /** A label above its control, linked for screen readers and mnemonics. */
  public static VBox field(String label, Control control, String id, boolean required) {
    return field(label, control, control, id, required);
  }

  /**
   * Like {@link #field(String, Control, String, boolean)}, showing {@code shown} (which holds the
   * control).
   */
  public static VBox field(
      String label, Control control, javafx.scene.Node shown, String id, boolean required) {
    Label caption = new Label(required ? label + " *" : label);
    caption.getStyleClass().add("field-label");
    caption.setLabelFor(control);
    control.setId(id);
    control.setAccessibleText(label);
    control.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, caption, shown);
    box.getStyleClass().add("form-field");
    return box;
  }

  /**
   * Shows {@code error} beside the control in words, with a ControlsFX mark on the control, once
   * the therapist has left the field (or tried to save). Returns the "touched" flag so a save
   * attempt can reveal every error at once.
   */
  public static BooleanProperty showErrors(VBox field, Control control, StringBinding error) {
    return showErrors(field, control, error, false, false);
  }

  /**
   * Like {@link #showErrors(VBox, Control, StringBinding)}, but leaving the field counts only once
   * something was typed in it: moving on from a field never typed in (to another choice on the
   * screen) says nothing about it. A save attempt still reveals the message through the returned
   * flag.
   */
  public static BooleanProperty showErrorsOnceTyped(
      VBox field, javafx.scene.control.TextInputControl control, StringBinding error) {
    return showErrors(field, control, error, false, true);
  }

  /**
   * Like {@link #showErrors(VBox, Control, StringBinding)}, with a line kept free below the field
   * for the message, so that showing it moves nothing (for a field right above a button).
   */
  public static BooleanProperty showErrorsInPlace(
      VBox field, Control control, StringBinding error) {
    return showErrors(field, control, error, true, false);
  }

  private static BooleanProperty showErrors(
      VBox field, Control control, StringBinding error, boolean inPlace, boolean onceTyped) {
    Label message = new Label(inPlace ? " " : "");
    message.getStyleClass().add("field-error");
    message.setId(control.getId() + "-error");
    message.setWrapText(!inPlace);
    message.setVisible(false);
    if (inPlace) {
      message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    } else {
      message.managedProperty().bind(message.visibleProperty());
    }
    field.getChildren().add(message);
    BooleanProperty touched = new SimpleBooleanProperty(false);
    BooleanProperty typed = new SimpleBooleanProperty(!onceTyped);
    if (control instanceof javafx.scene.control.TextInputControl text && onceTyped) {
      text.textProperty().addListener((obs, old, now) -> typed.set(true));
    }
    control
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is && typed.get()) {
                touched.set(true);
              }
            });
    Runnable update =
        () -> {
          String text = touched.get() ? error.get() : null;
          message.setText(text == null ? (inPlace ? " " : "") : text);
          message.setVisible(text != null);
          DECORATION.removeDecorations(control);
          if (text != null) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(control, text));
          }
        };
    error.addListener((obs, old, now) -> update.run());
    touched.addListener((obs, old, now) -> update.run());
    return touched;
  }

  /** A two-column grid whose columns share the width. */
  public static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(12);
    grid.setPadding(new Insets(0, 0, 8, 0));
    var left = new javafx.scene.layout.ColumnConstraints();
    left.setPercentWidth(50);
    left.setHgrow(Priority.ALWAYS);
    var right = new javafx.scene.layout.ColumnConstraints();
    right.setPercentWidth(50);
    right.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(left, right);
    return grid;
  }

  /**
   * A multi-line text field where Tab and Shift+Tab move to the next or previous field instead of
   * typing a tab character, so the form can be filled from the keyboard.
   */
  public static TextArea textArea(int rows, String prompt) {
    TextArea area = new TextArea();
    area.setPrefRowCount(rows);
    area.setWrapText(true);
    area.setPromptText(prompt);
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            area.fireEvent(
                new KeyEvent(
                    KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    KeyCode.TAB,
                    e.isShiftDown(),
                    true,
                    false,
                    false));
          }
        });
    return area;
  }

  /** A caption above a group of controls that have their own ids (a row of buttons, a chart). */
  public static VBox group(String label, javafx.scene.Node content) {
    Label caption = sectionLabel(label);
    if (content instanceof javafx.scene.Parent parent
        && !parent.getChildrenUnmodifiable().isEmpty()
        && parent.getChildrenUnmodifiable().get(0) instanceof Control first) {
      caption.setLabelFor(first);
    }
    VBox box = new VBox(4, caption, content);
    box.getStyleClass().add("form-field");
    return box;
  }

  /** The small caption style used above fields. */
  public static Label sectionLabel(String text) {
    Label caption = new Label(text);
    caption.getStyleClass().add("field-label");
    return caption;
  }

  public static Label sectionTitle(String text) {
    Label title = new Label(text);
    title.getStyleClass().addAll("section-title", "title-4");
    return title;
  }

  public static TextField textField(String prompt) {
    TextField field = new TextField();
    field.setPromptText(prompt);
    return field;
  }

  /**
   * A date picker that accepts typed dates in the short local style or ISO form and keeps the last
   * good value when the text cannot be read (instead of throwing). A typed date counts as soon as
   * the field is left (Tab, a click elsewhere), not only on Enter; text that is no date is put back
   * to the last good value then. Its hint is today's date. Every date field in the app is made
   * here.
   */
  public static DatePicker datePicker() {
    return datePicker(LocalDate.now()); // a hint only: today, as most dates typed here are recent
  }

  /** A {@link #datePicker()} for a date of birth, its hint an adult's birth date. */
  public static DatePicker birthDatePicker() {
    return datePicker(LocalDate.of(1980, 3, 14));
  }

  private static DatePicker datePicker(LocalDate example) {
    DatePicker picker = new DatePicker();
    DateTimeFormatter local =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault());
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault());
    picker.setPromptText("e.g. " + shown.format(example));
    picker.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(LocalDate date) {
            return date == null ? "" : shown.format(date);
          }

          @Override
          public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
              return null;
            }
            for (DateTimeFormatter f :
                new DateTimeFormatter[] {
                  shown,
                  local,
                  DateTimeFormatter.ISO_LOCAL_DATE,
                  DateTimeFormatter.ofPattern("d/M/yyyy"),
                  DateTimeFormatter.ofPattern("d.M.yyyy")
                }) {
              try {
                return LocalDate.parse(text.strip(), f);
              } catch (DateTimeParseException ignored) {
                // try the next accepted form
              }
            }
            return picker.getValue();
          }
        });
    picker
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is) {
                picker.commitValue();
                picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
              }
            });
    return picker;
  }

  /**
   * An editable whole-number spinner whose typed value counts as soon as the field is left (Tab, a
   * click elsewhere), not only on Enter. Text that is no number is put back to the last good value,
   * and a number beyond the limits becomes the nearest limit; nothing is thrown. Every editable
   * spinner in the app is made here.
   */
  public static Spinner<Integer> spinner(int min, int max, int initial, int step) {
    Spinner<Integer> spinner = new Spinner<>(min, max, initial, step);
    spinner.setEditable(true);
    SpinnerValueFactory<Integer> values = spinner.getValueFactory();
    values.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer value) {
            return value == null ? "" : value.toString();
          }

          @Override
          public Integer fromString(String text) {
            try {
              long typed = Long.parseLong(text == null ? "" : text.strip());
              return (int) Math.max(min, Math.min(max, typed));
            } catch (NumberFormatException notANumber) {
              return values.getValue();
            }
          }
        });
    spinner
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is) {
                spinner.commitValue();
                spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
              }
            });
    return spinner;
  }
}
