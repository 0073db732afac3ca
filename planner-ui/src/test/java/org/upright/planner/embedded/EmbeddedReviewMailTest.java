package org.upright.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.mail.Outbox;
import org.upright.planner.mail.SentMail;
import org.upright.planner.mail.internal.OutboxTable;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.ui.TestPeople;

/**
 * A review e-mailed on the embedded H2 default with no mail server (the README's bare machine):
 * the PDF is stored with the mail in H2, the mail is kept in the outbox, and the client's "Sent
 * mail" names the file.
 */
@ExtendWith(KeepsSecurityStrategy.class)
class EmbeddedReviewMailTest {

    @TempDir
    Path home;

    @Test
    void theReviewPdfIsKeptWithItsMailInTheEmbeddedDatabase() {
        try (ConfigurableApplicationContext app = EmbeddedApp.start(home)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AccountSummary coach = jdbc.queryForObject(
                    "select id, email, display_name from account where email = 'coach@upright.demo'",
                    (rs, n) -> new AccountSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Role.COACH));
            AccountSummary client = TestPeople.as(
                    coach, () -> app.getBean(CoachingService.class).myClients().getFirst());

            String fileName = TestPeople.as(
                            coach, () -> app.getBean(ReviewMailing.class).send(client.id(), null, 4, "A4"))
                    .fileName();

            Outbox outbox = app.getBean(Outbox.class);
            // The demo client also has the mail of the invitation that linked them to the coach.
            Supplier<Optional<SentMail>> review = () -> outbox.toAddress(client.email()).stream()
                    .filter(mail -> !mail.attachments().isEmpty())
                    .findFirst();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> review.get().map(SentMail::delivery).orElse(null) == SentMail.Delivery.KEPT);
            SentMail kept = review.get().orElseThrow();
            assertThat(kept.attachments()).containsExactly(fileName);
            byte[] pdf = app.getBean(OutboxTable.class)
                    .attachments(kept.id())
                    .getFirst()
                    .bytes();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
