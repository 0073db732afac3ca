package org.upright.planner.ui.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.account.InvitationStatus;
import org.upright.planner.account.Role;
import org.upright.planner.common.Texts;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/** The coach's pending invitations: sent again, withdrawn, and answered elsewhere (docs/adr/0025). */
@UiTest
class PendingInvitationsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    TestPeople people;
    AccountSummary coach;
    AccountSummary lifter;

    @BeforeEach
    void aCoachWhoInvitedALifter() {
        people = new TestPeople(accounts, coaching);
        coach = people.create("Pending Coach", Role.COACH);
        lifter = people.create("Pending Lifter", Role.LIFTER);
        TestPeople.signIn(coach);
    }

    @Test
    void theDialogSaysTheLinkWasMailed() {
        navigate(ClientsView.class);
        test($(Button.class).withId("invite").single()).click();
        test($(EmailField.class).single()).setValue(lifter.email());
        test($(Button.class).withId("create-invitation").single()).click();

        assertThat($(Paragraph.class).withId("invitation-mailed").single().getText())
                .isEqualTo(words("invitations.mailed", lifter.email()));
    }

    @Test
    void sendingAgainAtOnceIsRefusedWithTheReasonAndWithdrawingEmptiesTheList() {
        Invitation invitation = TestPeople.as(coach, () -> coaching.invite(lifter.email()));
        navigate(ClientsView.class);
        assertThat(rows()).containsExactly(lifter.email());

        test($(Button.class).withId(InvitationActions.RESEND_ID).single()).click();
        assertThat(notes())
                .contains(words("invitations.tooSoon", lifter.email(), CoachingService.RESEND_PAUSE.toMinutes()));

        test($(Button.class).withId(InvitationActions.WITHDRAW_ID).single()).click();

        assertThat(notes()).contains(words("invitations.withdrawn", lifter.email()));
        assertThat(rows()).isEmpty();
        assertThat(TestPeople.as(lifter, () -> coaching.invitation(invitation.code())))
                .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(InvitationStatus.REVOKED));
    }

    @Test
    void anAnswerGivenElsewhereLeavesTheListAtItsNextCheckAndAStaleWithdrawSaysSo() {
        Invitation first = TestPeople.as(coach, () -> coaching.invite(lifter.email()));
        AccountSummary other = people.create("Other Pending", Role.LIFTER);
        Invitation second = TestPeople.as(coach, () -> coaching.invite(other.email()));
        navigate(ClientsView.class);
        PendingInvitations list = $(PendingInvitations.class).single();
        assertThat(rows()).containsExactlyInAnyOrder(lifter.email(), other.email());

        TestPeople.as(lifter, () -> coaching.accept(first.code()));
        ComponentUtil.fireEvent(list, new PendingInvitations.Check(list, true));

        assertThat(rows()).as("accepted in another tab").containsExactly(other.email());

        TestPeople.as(other, () -> {
            coaching.decline(second.code());
            return null;
        });
        test($(Button.class).withId(InvitationActions.WITHDRAW_ID).single()).click();

        assertThat(notes()).contains(words("invitations.answered", other.email()));
        assertThat(rows()).isEmpty();
    }

    /** The e-mail addresses the pending list shows, one per row. */
    private List<String> rows() {
        return $(InvitationActions.class).all().stream()
                .map(actions -> actions.getParent().orElseThrow())
                .map(row ->
                        row.getChildren().findFirst().orElseThrow().getElement().getText())
                .map(text -> text.substring(0, text.indexOf(' ')))
                .toList();
    }

    private List<String> notes() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .map(n -> test(n).getText())
                .toList();
    }

    private static String words(String key, Object... args) {
        return Texts.render(Locale.ENGLISH, key, args);
    }
}
