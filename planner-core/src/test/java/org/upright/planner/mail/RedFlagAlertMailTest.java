package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.common.Texts;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;

/**
 * The red-flag alert through a real SMTP server (GreenMail): a warning sign reported by a client
 * reaches the coach within a minute, naming the client and nothing of what was reported; the
 * client gets the advice by mail too (docs/adr/0025).
 */
class RedFlagAlertMailTest {

    private static final RedFlag NERVES = RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS;
    private static final RedFlag EMERGENCY = RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL;

    private final Inbox inbox = new Inbox();
    private final MailNodes nodes = new MailNodes(inbox.port());

    @AfterEach
    void stop() {
        nodes.close();
        inbox.close();
    }

    @Test
    void theCoachIsToldToLookAtUprightWithoutAWordOfWhatWasReported() {
        inbox.start();
        ConfigurableApplicationContext node = nodes.start(true);
        People people = node.getBean(People.class);
        AccountSummary coach = people.coach("Cora Coach");
        AccountSummary lifter = people.lifter("Lee Lifter");
        people.coaches(coach, lifter, false);

        people.as(
                lifter,
                () -> checkIns(node)
                        .answerRedFlags(lifter.id(), EnumSet.of(NERVES, EMERGENCY), RedFlagCheckReason.ON_REQUEST));

        MimeMessage alert = inbox.receivedBy(coach.email(), 1).getFirst();
        assertThat(Inbox.subject(alert)).contains("Lee Lifter");
        String text = Inbox.text(alert);
        assertThat(text).contains("Lee Lifter").contains("/clients/" + lifter.id() + "/journal");
        assertThat(wordsIn(text + " " + Inbox.html(alert) + " " + Inbox.subject(alert)))
                .as("no health details in the coach's mail")
                .doesNotContainAnyElementsOf(wordsOf(EnumSet.of(NERVES, EMERGENCY), Locale.ENGLISH));
        assertThat(wordsIn(text)).doesNotContain("pain", "back", "flag");

        MimeMessage advice = inbox.receivedBy(lifter.email(), 1).getFirst();
        String adviceText = Inbox.text(advice).replaceAll("\\s+", " ");
        assertThat(adviceText)
                .as("the lifter gets the advice, the emergency first")
                .contains(Texts.render(EMERGENCY.notice(), Locale.ENGLISH))
                .contains(Texts.render(NERVES.notice(), Locale.ENGLISH))
                .contains(Texts.render(Text("coachmail.advice.coachTold"), Locale.ENGLISH));
        assertThat(adviceText.indexOf(Texts.render(EMERGENCY.notice(), Locale.ENGLISH)))
                .isLessThan(adviceText.indexOf(Texts.render(NERVES.notice(), Locale.ENGLISH)));
        assertThat(Inbox.subject(advice).toLowerCase(Locale.ROOT))
                .as("a neutral subject: an inbox may be seen by others")
                .doesNotContain("bladder")
                .doesNotContain("numb");
    }

    @Test
    void aSignAlreadyOpenIsNotAlertedAgainButANewOneIs() {
        inbox.start();
        ConfigurableApplicationContext node = nodes.start(true);
        People people = node.getBean(People.class);
        Outbox outbox = node.getBean(Outbox.class);
        AccountSummary coach = people.coach("Cora Again");
        AccountSummary lifter = people.lifter("Lou Again");
        people.coaches(coach, lifter, false);

        people.as(lifter, () -> {
            checkIns(node).answerRedFlags(lifter.id(), EnumSet.of(NERVES), RedFlagCheckReason.ON_REQUEST);
            checkIns(node).answerRedFlags(lifter.id(), EnumSet.of(NERVES), RedFlagCheckReason.HIGH_PAIN);
            checkIns(node).answerRedFlags(lifter.id(), Set.of(), RedFlagCheckReason.ON_REQUEST);
        });
        assertThat(outbox.toAddress(coach.email()))
                .as("the same open sign, reported again")
                .hasSize(1);
        assertThat(outbox.toAddress(lifter.email())).hasSize(1);

        people.as(
                lifter,
                () -> checkIns(node)
                        .answerRedFlags(lifter.id(), EnumSet.of(NERVES, EMERGENCY), RedFlagCheckReason.ON_REQUEST));

        assertThat(outbox.toAddress(coach.email())).as("a new sign").hasSize(2);
        List<MimeMessage> advice = inbox.receivedBy(lifter.email(), 2);
        assertThat(advice.stream()
                        .map(Inbox::text)
                        .filter(t ->
                                t.replaceAll("\\s+", " ").contains(Texts.render(EMERGENCY.notice(), Locale.ENGLISH))))
                .as("the second advice is about the new sign only")
                .singleElement()
                .satisfies(t -> assertThat(t.replaceAll("\\s+", " "))
                        .doesNotContain(Texts.render(NERVES.notice(), Locale.ENGLISH)));
        assertThat(inbox.receivedBy(coach.email(), 2)).hasSize(2);
    }

    @Test
    void aLifterWithoutACoachGetsTheAdviceAndNobodyElseAMail() {
        inbox.start();
        ConfigurableApplicationContext node = nodes.start(true);
        People people = node.getBean(People.class);
        Outbox outbox = node.getBean(Outbox.class);
        AccountSummary formerCoach = people.coach("Fay Former");
        AccountSummary lifter = people.lifter("Sam Self");
        people.coaches(formerCoach, lifter, true);

        people.as(
                lifter,
                () -> checkIns(node).answerRedFlags(lifter.id(), EnumSet.of(NERVES), RedFlagCheckReason.ON_REQUEST));

        String advice =
                Inbox.text(inbox.receivedBy(lifter.email(), 1).getFirst()).replaceAll("\\s+", " ");
        assertThat(advice)
                .contains(Texts.render(NERVES.notice(), Locale.ENGLISH))
                .doesNotContain(Texts.render(Text("coachmail.advice.coachTold"), Locale.ENGLISH));
        assertThat(outbox.toAddress(formerCoach.email()))
                .as("a former coach is no coach")
                .isEmpty();
    }

    @Test
    void anAlertReportedWhileTheMailServerIsDownArrivesOnceItIsBackInTheCoachsLanguage() {
        ConfigurableApplicationContext node = nodes.start(true);
        People people = node.getBean(People.class);
        Outbox outbox = node.getBean(Outbox.class);
        AccountSummary coach = people.coach("Carla Down");
        AccountSummary lifter = people.lifter("Lena Down");
        people.coaches(coach, lifter, false);
        node.getBean(JdbcTemplate.class).update("update account set language = 'de' where id = ?", coach.id());

        people.as(
                lifter,
                () -> checkIns(node).answerRedFlags(lifter.id(), EnumSet.of(NERVES), RedFlagCheckReason.ON_REQUEST));
        await().atMost(Inbox.LIMIT)
                .until(() -> node.getBean(JdbcTemplate.class)
                                .queryForObject(
                                        "select coalesce(sum(attempts), 0) from outbox_mail where to_address = ?",
                                        Integer.class,
                                        coach.email())
                        >= 2);
        assertThat(outbox.toAddress(coach.email()))
                .singleElement()
                .extracting(SentMail::delivery)
                .isEqualTo(SentMail.Delivery.WAITING);

        inbox.start();

        MimeMessage alert = inbox.receivedBy(coach.email(), 1).getFirst();
        assertThat(Inbox.subject(alert)).isEqualTo("Bitte sieh dir die Antworten von Lena Down in Upright an");
        await().atMost(Inbox.LIMIT)
                .until(() -> outbox.toAddress(coach.email()).getFirst().delivery() == SentMail.Delivery.SENT);
        assertThat(inbox.messagesTo(coach.email())).as("exactly once").hasSize(1);
    }

    private static CheckInService checkIns(ConfigurableApplicationContext node) {
        return node.getBean(CheckInService.class);
    }

    private static org.upright.planner.common.Text Text(String key) {
        return org.upright.planner.common.Text.of(key);
    }

    /**
     * The flags' own words (five letters or more) in their label, question and advice, but for
     * "please" and "Upright", which say nothing about anyone's health.
     */
    private static List<String> wordsOf(Set<RedFlag> flags, Locale language) {
        return flags.stream()
                .flatMap(f -> Stream.of(f.shortLabel(), f.question(), f.notice()))
                .flatMap(t -> wordsIn(Texts.render(t, language)).stream())
                .filter(w -> w.length() >= 5)
                .filter(w -> !Set.of("please", "upright").contains(w))
                .distinct()
                .toList();
    }

    private static Set<String> wordsIn(String text) {
        return Set.copyOf(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    }
}
