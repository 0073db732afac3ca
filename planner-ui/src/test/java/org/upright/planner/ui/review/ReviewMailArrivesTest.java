package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.embedded.KeepsSecurityStrategy;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.testsupport.FreePorts;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * A review sent by e-mail through a real SMTP server (GreenMail): the mail carries the review as a
 * PDF attachment that a PDF reader (PDFBox) reads back with the client's name, printed in the
 * client's language, not the coach's.
 */
@UiTest
// A context of its own (the mail server's port): keep the other test classes' security strategy.
@ExtendWith(KeepsSecurityStrategy.class)
class ReviewMailArrivesTest {

    private static final int PORT = FreePorts.next();
    private static final GreenMail SMTP = startedServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    @Autowired
    ReviewMailing mailing;

    @Test
    void theClientGetsTheReviewPdfInTheirLanguageWithTheirName() throws Exception {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Paula Post", Role.COACH);
        AccountSummary client = people.create("Jürgen Weiß", Role.LIFTER);
        people.link(coach, client);
        TestPeople.as(client, () -> profiles.changeMyLanguage(Locale.GERMAN));

        String fileName = TestPeople.as(coach, () -> mailing.send(client.id(), null, 4, "A4"))
                .fileName();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !messagesTo(client.email()).isEmpty());
        MimeMessage mail = messagesTo(client.email()).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Deine Auswertung von Upright");
        Multipart mixed = (Multipart) mail.getContent();
        Part pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(MimeUtility.decodeText(pdf.getFileName()))
                .isEqualTo(fileName)
                .startsWith("Auswertung Jürgen Weiß");
        String text = Pdfs.read(pdf.getInputStream().readAllBytes()).text();
        assertThat(text).contains("Jürgen Weiß", "Wie es weitergeht").doesNotContain("What to do next");
    }

    /** The mails to {@code to} that carry a file: the client also got the coach's invitation. */
    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.isMimeType("multipart/mixed")
                                && Arrays.stream(m.getAllRecipients())
                                        .anyMatch(r -> r.toString().equals(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static GreenMail startedServer() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
