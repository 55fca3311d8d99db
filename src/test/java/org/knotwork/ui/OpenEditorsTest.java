package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.ui.DialogService.UnsavedChoice;

/** The one contract every way of leaving goes through: ask once, lock saves quietly. */
class OpenEditorsTest {
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final List<String> log = new ArrayList<>();
  private final OpenEditors editors = new OpenEditors(dialogs);

  @Test
  void nothingUnsavedLeavesWithoutAQuestion() {
    editors.register(new FakeUnsavedWork("the letterhead", log));

    assertThat(editors.leave(() -> log.add("left"))).isTrue();

    assertThat(log).containsExactly("left");
    assertThat(dialogs.unsavedQuestions()).isEmpty();
  }

  @Test
  void oneQuestionNamesEveryEditorWithChangesInTheOrderTheyWereRegistered() {
    editors.register(new FakeUnsavedWork("the letterhead", log).changed());
    editors.register(new FakeUnsavedWork("the emergency numbers", log));
    editors.register(new FakeUnsavedWork("the quick phrase being added", log).changed());
    editors.register(new FakeUnsavedWork("the measure being added", log).changed());

    editors.leave(() -> log.add("left"));

    assertThat(dialogs.unsavedQuestions())
        .containsExactly(
            "the letterhead, the quick phrase being added and the measure being added");
  }

  @Test
  void keepEditingStaysAndBringsTheFirstChangedEditorForward() {
    editors.register(new FakeUnsavedWork("the letterhead", log));
    editors.register(new FakeUnsavedWork("the draft treatment plan", log).changed());
    editors.register(new FakeUnsavedWork("the measure being added", log).changed());
    dialogs.answerUnsavedChangesWith(UnsavedChoice.CANCEL);

    assertThat(editors.leave(() -> log.add("left"))).isFalse();

    assertThat(log).containsExactly("show the draft treatment plan");
  }

  @Test
  void discardThrowsEveryChangeAwayThenLeaves() {
    editors.register(new FakeUnsavedWork("the letterhead", log).changed());
    editors.register(new FakeUnsavedWork("the draft treatment plan", log).changed());
    dialogs.answerUnsavedChangesWith(UnsavedChoice.DISCARD);

    assertThat(editors.leave(() -> log.add("left"))).isTrue();

    assertThat(log)
        .containsExactly("discard the letterhead", "discard the draft treatment plan", "left");
  }

  @Test
  void saveStoresEachInTurnAndLeavesOnlyAfterTheLastIsStored() {
    FakeUnsavedWork letterhead = new FakeUnsavedWork("the letterhead", log).changed().slow();
    editors.register(letterhead);
    editors.register(new FakeUnsavedWork("the draft treatment plan", log).changed());
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    editors.leave(() -> log.add("left"));
    assertThat(log)
        .as("the plan waits for the letterhead's save")
        .containsExactly("save the letterhead");

    letterhead.finishSaves();
    assertThat(log)
        .containsExactly(
            "save the letterhead",
            "saved the letterhead",
            "save the draft treatment plan",
            "saved the draft treatment plan",
            "left");
  }

  @Test
  void saveWithAnEditorThatCannotBeSavedSavesNothingAndShowsIt() {
    editors.register(new FakeUnsavedWork("the letterhead", log).changed());
    editors.register(new FakeUnsavedWork("the measure being added", log).changed().invalid());
    dialogs.answerUnsavedChangesWith(UnsavedChoice.SAVE);

    assertThat(editors.leave(() -> log.add("left"))).isFalse();

    assertThat(log)
        .containsExactly("problems the measure being added", "show the measure being added");
  }

  @Test
  void anEditorThatSavesItselfIsSavedOnLeavingAndNeverAskedAbout() {
    editors.register(new FakeUnsavedWork("the session note", log).changed().savingItself());

    assertThat(editors.leave(() -> log.add("left"))).isTrue();

    assertThat(dialogs.unsavedQuestions()).isEmpty();
    assertThat(log).containsExactly("save the session note", "saved the session note", "left");
  }

  @Test
  void aLockSavesWhatCanBeSavedWithoutAskingAndKeepsTheRest() {
    FakeUnsavedWork invalid =
        new FakeUnsavedWork("the measure being added", log).changed().invalid();
    editors.register(new FakeUnsavedWork("the letterhead", log).changed());
    editors.register(invalid);
    editors.register(new FakeUnsavedWork("the session note", log).changed().savingItself());

    editors.saveQuietly();

    assertThat(dialogs.unsavedQuestions()).isEmpty();
    assertThat(log)
        .containsExactly(
            "save the letterhead",
            "saved the letterhead",
            "save the session note",
            "saved the session note");
    assertThat(invalid.hasUnsavedChanges()).as("kept as typed, behind the lock").isTrue();
  }

  @Test
  void aScreensEditorsNestedInTheWindowsAreAskedInTheSameOneQuestion() {
    OpenEditors clientScreen = new OpenEditors(dialogs);
    clientScreen.register(new FakeUnsavedWork("the intake form of Anna Berg", log).changed());
    clientScreen.register(new FakeUnsavedWork("the session note", log).changed().savingItself());
    editors.register(clientScreen.shownBy(() -> log.add("show the client screen")));
    editors.register(new FakeUnsavedWork("the letterhead", log).changed());
    dialogs.answerUnsavedChangesWith(UnsavedChoice.CANCEL);

    editors.leave(() -> log.add("left"));

    assertThat(dialogs.unsavedQuestions())
        .containsExactly("the intake form of Anna Berg and the letterhead");
    assertThat(log)
        .containsExactly(
            "save the session note",
            "saved the session note",
            "show the intake form of Anna Berg",
            "show the client screen");
  }

  @Test
  void onlyAChangedSessionNoteAsksNothingEvenWhenNested() {
    OpenEditors clientScreen = new OpenEditors(dialogs);
    clientScreen.register(new FakeUnsavedWork("the session note", log).changed().savingItself());
    editors.register(clientScreen);

    assertThat(editors.leave(() -> log.add("left"))).isTrue();

    assertThat(dialogs.unsavedQuestions()).isEmpty();
    assertThat(log).containsExactly("save the session note", "saved the session note", "left");
  }
}
