package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.common.Text;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/** The "Sent mail" page shows the signed-in person's own mail and nobody else's. */
@UiTest
class SentMailViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    Outbox outbox;

    @Test
    void aPersonReadsTheirOwnMailAndNoOneElses() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary kim = people.create("Kim", Role.LIFTER);
        AccountSummary lee = people.create("Lee", Role.LIFTER);
        outbox.queue(Mail.of(
                kim.id(),
                kim.email(),
                Locale.ENGLISH,
                Text.of("account.sentMail.title"),
                Text.of("account.sentMail.none")));
        outbox.queue(Mail.of(
                lee.id(),
                lee.email(),
                Locale.ENGLISH,
                Text.of("account.sentMail.nav"),
                Text.of("account.sentMail.intro")));

        TestPeople.signIn(kim);
        SentMailView view = navigate(SentMailView.class);

        assertThat($(Details.class).from(view.mails).all())
                .singleElement()
                .satisfies(mail -> assertThat(mail.getElement().getTextRecursively())
                        .contains("Sent mail")
                        .contains("To: " + kim.email())
                        .contains("Upright hasn’t sent you any e-mail yet.")
                        .doesNotContain(lee.email()));
    }
}
