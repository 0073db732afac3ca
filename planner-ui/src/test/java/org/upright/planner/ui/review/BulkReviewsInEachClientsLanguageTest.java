package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.BulkJobStatus;
import org.upright.planner.review.BulkJobStatus.State;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * Issue 13: a coach's bulk download prints each client's review in that client's own language
 * (their stored setting), the PDF's file name too, whatever language the coach reads Upright in.
 */
@UiTest
class BulkReviewsInEachClientsLanguageTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    @Autowired
    WeekPlanService plans;

    @Autowired
    BulkReviewJobs bulk;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGermanAndAFrenchClientEachGetTheirReviewInTheirOwnLanguage() throws Exception {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Sprach Coach", Role.COACH);
        AccountSummary german = client(people, coach, "Jürgen Weiß", Locale.GERMAN);
        AccountSummary french = client(people, coach, "Amélie Lefèvre", Locale.FRENCH);
        TestPeople.signIn(coach);
        profiles.changeMyLanguage(Locale.ENGLISH);

        bulk.start(java.util.List.of(german.id(), french.id()), null, 4, "A4");
        BulkJobStatus finished = awaitEnd();

        assertThat(finished.state()).isEqualTo(State.FINISHED);
        Map<String, byte[]> entries;
        try (InputStream in = bulk.myZip().orElseThrow().content().get()) {
            entries = Pdfs.unzip(in);
        }
        assertThat(entries.keySet())
                .hasSize(2)
                .anySatisfy(name -> assertThat(name).startsWith("Auswertung Jürgen Weiß KW "))
                .anySatisfy(name -> assertThat(name).startsWith("Bilan Amélie Lefèvre "))
                .noneSatisfy(name -> assertThat(name).startsWith("Review "));
        String germanText = Pdfs.read(entryFor(entries, german)).text();
        assertThat(germanText).contains("Jürgen Weiß", "Wie es weitergeht").doesNotContain("What to do next");
        String frenchText = Pdfs.read(entryFor(entries, french)).text();
        assertThat(frenchText).contains("Amélie Lefèvre", "Et maintenant").doesNotContain("What to do next");
    }

    private AccountSummary client(TestPeople people, AccountSummary coach, String name, Locale language) {
        AccountSummary client = people.create(name, Role.LIFTER);
        people.link(coach, client);
        ReviewData.balancedWeeks(plans, client, 4);
        TestPeople.as(client, () -> profiles.changeMyLanguage(language));
        return client;
    }

    private static byte[] entryFor(Map<String, byte[]> entries, AccountSummary client) {
        return entries.entrySet().stream()
                .filter(e -> e.getKey().contains(client.displayName()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private BulkJobStatus awaitEnd() {
        var context = SecurityContextHolder.getContext();
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            SecurityContextHolder.setContext(context);
                            return bulk.myJob().orElseThrow();
                        },
                        status -> !status.active());
    }
}
