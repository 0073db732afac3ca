package org.upright.planner.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.planner.account.CoachingLinks;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.RedFlag;

/**
 * The mail a newly reported warning sign sends (issue 14, docs/adr/0025), queued in the transaction
 * that stores the answers, so the two commit or roll back together and the outbox sends after
 * commit. The lifter's current coach is told to look at Upright, with no health details: the mail
 * names the client and nothing of what was ticked, because mail crosses servers and inboxes that
 * neither of them controls. The lifter gets the advice for each new flag, as the screen shows it.
 *
 * <p>Only flags that are not already open count: answering the checklist again with the same sign
 * (each high-pain check-in asks) must not send the coach the same alert every time.
 */
@Component
class RedFlagAlert {

    private final CoachingLinks links;
    private final ProfileService profiles;
    private final Outbox outbox;

    RedFlagAlert(CoachingLinks links, ProfileService profiles, Outbox outbox) {
        this.links = links;
        this.profiles = profiles;
        this.outbox = outbox;
    }

    /**
     * Queues the mails for the signed-in lifter's answers.
     *
     * @param lifter the lifter who answered (the signed-in caller: only the lifter answers)
     * @param ticked the flags ticked now
     * @param alreadyOpen the flags that were open before these answers
     */
    void reported(SignedInAccount lifter, Set<RedFlag> ticked, Set<RedFlag> alreadyOpen) {
        EnumSet<RedFlag> fresh = ticked.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(ticked);
        fresh.removeAll(alreadyOpen);
        if (fresh.isEmpty()) {
            return;
        }
        boolean coached = links.myCurrentCoach()
                .map(coach -> outbox.queue(Mail.of(
                                coach.accountId(),
                                coach.email(),
                                coach.language(),
                                Text.of("coachmail.redFlag.subject", lifter.displayName()),
                                Text.of("coachmail.greeting", coach.displayName()),
                                Text.of("coachmail.redFlag.body", lifter.displayName()),
                                Text.of("coachmail.redFlag.privacy", lifter.displayName()))
                        .withLink(
                                Text.of("coachmail.redFlag.button", lifter.displayName()),
                                outbox.link("/clients/" + lifter.id() + "/journal"))))
                .isPresent();
        outbox.queue(advice(lifter, fresh, coached));
    }

    private Mail advice(SignedInAccount lifter, Set<RedFlag> fresh, boolean coached) {
        Locale language = profiles.myLanguage().orElse(Texts.LANGUAGES.getFirst());
        // The emergency first, as on the screen.
        List<Text> paragraphs = new ArrayList<>();
        paragraphs.add(Text.of("coachmail.greeting", lifter.displayName()));
        paragraphs.add(Text.of("coachmail.advice.intro"));
        fresh.stream()
                .sorted(Comparator.comparing(RedFlag::isEmergency).reversed().thenComparing(Comparator.naturalOrder()))
                .map(RedFlag::notice)
                .forEach(paragraphs::add);
        paragraphs.add(Text.of("coachmail.advice.resume"));
        if (coached) {
            paragraphs.add(Text.of("coachmail.advice.coachTold"));
        }
        paragraphs.add(Disclaimer.TEXT);
        return new Mail(
                        lifter.id(),
                        lifter.email(),
                        language,
                        Text.of("coachmail.advice.subject"),
                        paragraphs,
                        null,
                        null)
                .withLink(Text.of("coachmail.advice.button"), outbox.link("/journal"));
    }
}
