package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * A service's refusal reaches the screen in the reader's language (issue 13, docs/adr/0018): the
 * domain hands out a key and its arguments, and the view renders them at the field, not the English
 * sentence the log gets.
 */
@UiTest
class RefusalsInTheReadersLanguageTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    @BeforeEach
    void aLifterWhoReadsGerman() {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Greta Grund", Role.LIFTER);
        TestPeople.signIn(lifter);
        profiles.changeMyLanguage(Locale.GERMAN);
    }

    @Test
    void aCheckInWithoutAScoreIsRefusedInGermanAtTheScore() {
        navigate(JournalView.class);
        CheckInCard card = $(CheckInCard.class).single();

        test(card.save).click();

        assertThat(card.score.isInvalid()).isTrue();
        assertThat(card.score.getErrorMessage())
                .isEqualTo(
                        "Wähle, wie stark es wehtut, von 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz).");
        assertThat(card.date.isInvalid())
                .as("only the field the refusal is about")
                .isFalse();
    }
}
