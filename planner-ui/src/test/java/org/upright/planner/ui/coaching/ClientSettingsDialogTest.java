package org.upright.planner.ui.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.coaching.CoachNote;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.form.BrowserTyping;

/**
 * The coach's "targets and notes" dialog: a typo never resets a target, and Save stores the
 * targets and the note together or not at all, on the real database.
 */
@UiTest
class ClientSettingsDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    @Autowired
    CoachNoteService notes;

    AccountSummary coach;
    AccountSummary client;
    ClientSettingsDialog dialog;

    @BeforeEach
    void aCoachOpensTheSettingsOfAClientWithTargets() {
        TestPeople people = new TestPeople(accounts, coaching);
        coach = people.create("Set Coach", Role.COACH);
        client = people.create("Cleo Client", Role.LIFTER);
        people.link(coach, client);
        TestPeople.signIn(coach);
        profiles.update(client.id(), new TrainingProfile(false, Set.of(), 1.5, 3, TrainingProfile.NEVER_SAVED));
        notes.save(client.id(), "Likes early sessions.", CoachNote.NEVER_SAVED);
        navigate("clients/" + client.id() + "/week", ClientWeekView.class);
        test($(Button.class).withId("client-settings").single()).click();
        dialog = $(ClientSettingsDialog.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "1e3", "2.5-", "Infinity"})
    void aTypoInTheRatioTargetKeepsTheStoredTarget(String typo) {
        BrowserTyping.type(dialog.pushPullTarget, typo);
        save();

        assertThat(profiles.profileOf(client.id()).pushPullTarget()).isEqualTo(1.5);
        assertThat(dialog.pushPullTarget.isInvalid()).isTrue();
        assertThat(dialog.pushPullTarget.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened())
                .as("the dialog stays open with what was typed")
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "3-", "+"})
    void aTypoInTheMobilityTargetKeepsTheStoredTarget(String typo) {
        BrowserTyping.type(dialog.mobilityTarget, typo);
        save();

        assertThat(profiles.profileOf(client.id()).mobilityTarget()).isEqualTo(3);
        assertThat(dialog.mobilityTarget.isInvalid()).isTrue();
    }

    @Test
    void aNoteTooLongToStoreLeavesTheTargetsUnchanged() {
        BrowserTyping.type(dialog.pushPullTarget, "2");
        dialog.note.setValue("x".repeat(CoachNote.MAX_LENGTH + 1));

        Throwable thrown = catchThrowable(this::save);

        assertThat(profiles.profileOf(client.id()).pushPullTarget())
                .as("the targets are not stored when the note is refused")
                .isEqualTo(1.5);
        assertThat(thrown).isNull();
        assertThat(dialog.note.isInvalid()).isTrue();
        // the limit as an English reader writes it ("4,000"): the refusal's number follows the locale
        assertThat(dialog.note.getErrorMessage())
                .contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(CoachNote.MAX_LENGTH));
    }

    @Test
    void aNoteWithANulCharacterIsRefusedAtTheFieldAndNothingIsStored() {
        BrowserTyping.type(dialog.mobilityTarget, "5");
        dialog.note.setValue("Pasted\u0000from a PDF");

        Throwable thrown = catchThrowable(this::save);

        assertThat(profiles.profileOf(client.id()).mobilityTarget()).isEqualTo(3);
        assertThat(TestPeople.as(coach, () -> notes.noteAbout(client.id()).text()))
                .isEqualTo("Likes early sessions.");
        assertThat(thrown).isNull();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).contains("NUL");
    }

    @Test
    void whenTheNoteChangedInAnotherWindowTheTargetsAreNotStoredEither() {
        CoachNote meanwhile = notes.noteAbout(client.id());
        notes.save(client.id(), "Written in another tab.", meanwhile.version());
        BrowserTyping.type(dialog.pushPullTarget, "2");
        dialog.note.setValue("Written here.");

        save();

        assertThat(profiles.profileOf(client.id()).pushPullTarget()).isEqualTo(1.5);
        assertThat(notes.noteAbout(client.id()).text()).isEqualTo("Written in another tab.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.pushPullTarget.getValue()).as("what was typed stays").isEqualTo(2.0);
    }

    @Test
    void targetsAndNoteAreSavedTogether() {
        BrowserTyping.type(dialog.pushPullTarget, "2");
        BrowserTyping.type(dialog.mobilityTarget, "4");
        dialog.note.setValue("Moved to evenings.");

        save();

        TrainingProfile now = profiles.profileOf(client.id());
        assertThat(now.pushPullTarget()).isEqualTo(2.0);
        assertThat(now.mobilityTarget()).isEqualTo(4);
        assertThat(notes.noteAbout(client.id()).text()).isEqualTo("Moved to evenings.");
        assertThat(dialog.isOpened()).isFalse();
    }

    private void save() {
        test($(Button.class).withId("save-client-settings").single()).click();
    }
}
