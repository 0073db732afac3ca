package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.mail.Outbox;
import org.upright.planner.mail.SentMail;
import org.upright.planner.review.ReviewAutoSend;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.account.SentMailView;

/**
 * The review screen's "Send by e-mail" and the coach's automatic-sending day; the client's "Sent
 * mail" page names the attached PDF.
 */
@UiTest
class SendReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    @Autowired
    ReviewAutoSend autoSend;

    @Autowired
    Outbox outbox;

    @Test
    void theCoachSendsTheReviewAndTheClientSeesTheMailWithItsPdfNamed() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Sina Sender", Role.COACH);
        AccountSummary client = people.create("Carl Client", Role.LIFTER);
        people.link(coach, client);
        TestPeople.as(client, () -> profiles.changeMyLanguage(Locale.FRENCH));
        TestPeople.signIn(coach);

        navigate("clients/" + client.id() + "/review", ClientReviewView.class);
        test($(Button.class).withId("send-review").single()).click();

        // The client also has the invitation that linked them to the coach; the review is the mail
        // with a file.
        List<SentMail> withFiles = outbox.toAddress(client.email()).stream()
                .filter(mail -> !mail.attachments().isEmpty())
                .toList();
        assertThat(withFiles).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).as("in the client’s language").isEqualTo("Ton bilan Upright");
            assertThat(mail.attachments()).singleElement().asString().endsWith(".pdf");
        });
        String pdfName = withFiles.getFirst().attachments().getFirst();

        TestPeople.signIn(client);
        navigate(SentMailView.class);
        assertThat($(Details.class).all())
                .filteredOn(mail -> mail.getElement().getTextRecursively().contains("Ton bilan Upright"))
                .singleElement()
                .satisfies(mail ->
                        assertThat(mail.getElement().getTextRecursively()).contains(pdfName));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoachChoosesTheDayDueReviewsGoOutByThemselves() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Aldo Auto", Role.COACH);
        AccountSummary client = people.create("Ada Auto", Role.LIFTER);
        people.link(coach, client);
        TestPeople.signIn(coach);

        navigate("clients/" + client.id() + "/review", ClientReviewView.class);
        Select<DayOfWeek> day = $(Select.class).withId("review-auto-send").single();
        assertThat(day.getValue()).as("off until chosen").isNull();
        test(day).selectItem("Thursday");

        assertThat(TestPeople.as(coach, () -> autoSend.day(client.id()))).contains(DayOfWeek.THURSDAY);
        navigate("clients/" + client.id() + "/review", ClientReviewView.class);
        assertThat($(Select.class).withId("review-auto-send").single().getValue())
                .isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void aLifterWithACoachHasNoSendButtonAndOneWithoutSendsTheirOwn() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Cato Coach", Role.COACH);
        AccountSummary coached = people.create("Cleo Coached", Role.LIFTER);
        people.link(coach, coached);
        AccountSummary solo = people.create("Sami Solo", Role.LIFTER);

        TestPeople.signIn(coached);
        navigate(MyReviewView.class);
        assertThat($(Button.class).withId("send-review").all()).isEmpty();

        TestPeople.signIn(solo);
        navigate(MyReviewView.class);
        test($(Button.class).withId("send-review").single()).click();
        assertThat(outbox.toAddress(solo.email())).hasSize(1);
    }
}
