package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.mail.Outbox;
import org.upright.planner.mail.SentMail;
import org.upright.planner.testsupport.FreePorts;

/**
 * Two instances of Upright on one PostgreSQL, clock fixed at Monday 4 January 2027, 09:30 UTC (10:30
 * in Berlin): a client whose due review goes out by itself on Mondays gets it exactly once, though
 * both nodes run the sending at the same moment and the job engine's own run follows; the mail
 * server is down meanwhile, and the review arrives once it is back. A client whose day is Tuesday
 * gets nothing today.
 */
class ReviewAutoSendOnTwoNodesTest {

    static final Instant NOW = Instant.parse("2027-01-04T09:30:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The last complete week on that Monday. */
    static final LocalDate LAST_COMPLETE = LocalDate.of(2026, 12, 28);

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final int port = FreePorts.next();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final ReviewNodes nodes = new ReviewNodes(port, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        nodes.close();
        smtp.stop();
    }

    @Test
    void aDueReviewIsSentOnceByTwoNodesAndArrivesWhenTheMailServerIsBack() throws Exception {
        ConfigurableApplicationContext a = nodes.start();
        ConfigurableApplicationContext b = nodes.start();
        People people = a.getBean(People.class);
        AccountSummary coach = people.coach("Otto Once");
        AccountSummary monday = client(a, coach, "Mona Monday", DayOfWeek.MONDAY);
        AccountSummary tuesday = client(a, coach, "Tess Tuesday", DayOfWeek.TUESDAY);

        // Both nodes decide at the same moment, as a revived execution next to a running one would.
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(a, b).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    meet(together);
                    return node.getBean(ReviewAutoSender.class).sendDue();
                }))
                .toList();
        int sent = runs.stream().mapToInt(CompletableFuture::join).sum();
        // And the job engine's own run, on whichever node takes it, finds nothing left to send.
        Instant asked = Instant.now();
        a.getBean(Scheduler.class).reschedule(TaskInstanceId.of(ReviewAutoSender.TASK, RecurringTask.INSTANCE), asked);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        await().atMost(LIMIT).until(() -> ranSince(jdbc, asked));

        assertThat(sent).as("reviews the two nodes sent between them").isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select last_week from review_sent where lifter_id = ? and automatic",
                        LocalDate.class,
                        monday.id()))
                .containsExactly(LAST_COMPLETE);
        Outbox outbox = a.getBean(Outbox.class);
        assertThat(outbox.toAddress(monday.email()))
                .singleElement()
                .extracting(SentMail::delivery)
                .as("the mail server is down: the mail waits")
                .isEqualTo(SentMail.Delivery.WAITING);
        assertThat(outbox.toAddress(tuesday.email()))
                .as("Tuesday's client, on a Monday")
                .isEmpty();

        smtp.start();

        await().atMost(LIMIT).until(() -> !messagesTo(monday.email()).isEmpty());
        await().atMost(LIMIT)
                .until(() -> outbox.toAddress(monday.email()).getFirst().delivery() == SentMail.Delivery.SENT);
        await().atMost(LIMIT)
                .until(() -> jdbc.queryForObject(
                                "select count(*) from scheduled_tasks where task_name = 'send-mail'", Integer.class)
                        == 0);
        List<MimeMessage> received = messagesTo(monday.email());
        assertThat(received).hasSize(1);
        Part pdf = ((Multipart) received.getFirst().getContent()).getBodyPart(1);
        assertThat(new String(pdf.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the review, printed by the test's text printing")
                .startsWith("Mona Monday");
        assertThat(messagesTo(tuesday.email())).isEmpty();
    }

    /** A client of {@code coach} in Berlin, whose review is due, sent by itself on {@code day}. */
    private static AccountSummary client(
            ConfigurableApplicationContext node, AccountSummary coach, String name, DayOfWeek day) {
        People people = node.getBean(People.class);
        AccountSummary client = people.lifter(name);
        people.coaches(coach, client, false);
        people.as(client, () -> node.getBean(TimeZoneService.class).changeMyZone(BERLIN));
        // Reviewed up to four weeks before the last complete one, every four weeks: due now.
        node.getBean(JdbcTemplate.class)
                .update(
                        "insert into review_sent (id, lifter_id, last_week, week_count, sent_at, sent_by, automatic)"
                                + " values (nextval('review_sent_seq'), ?, ?, 4, ?, ?, false)",
                        client.id(),
                        LAST_COMPLETE.minusWeeks(4),
                        Timestamp.from(NOW.minus(Duration.ofDays(28))),
                        coach.id());
        people.as(coach, () -> node.getBean(ReviewAutoSend.class).setDay(client.id(), day));
        return client;
    }

    private static boolean ranSince(JdbcTemplate jdbc, Instant asked) {
        Timestamp last = jdbc.queryForObject(
                "select last_success from scheduled_tasks where task_name = ?", Timestamp.class, ReviewAutoSender.TASK);
        return last != null && !last.toInstant().isBefore(asked);
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> messagesTo(String to) {
        if (!smtp.isRunning()) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
