package org.upright.planner.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.Text;
import org.upright.planner.mail.Attachment;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;
import org.upright.planner.safety.Disclaimer;

/**
 * Sends a client their review by e-mail (issue 14): the PDF attached, the coach's note in the mail,
 * both in the client's language whoever sends it, and a row in {@code review_sent} so the roster's
 * "last sent" and "review due" move on. The mail and the row are one transaction: a review is
 * recorded as sent exactly when its mail is in the outbox.
 *
 * <p>The coach sends their clients' reviews; a lifter without a coach sends their own. The review is
 * read through {@link ReviewService}, which checks access again.
 */
@Service
public class ReviewMailing {

    private final CurrentUser currentUser;
    private final ReviewService reviews;
    private final ReviewPrinting printing;
    private final AccountService accounts;
    private final CoachingService coaching;
    private final ProfileService profiles;
    private final Outbox outbox;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReviewMailing(
            CurrentUser currentUser,
            ReviewService reviews,
            ReviewPrinting printing,
            AccountService accounts,
            CoachingService coaching,
            ProfileService profiles,
            Outbox outbox,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.printing = printing;
        this.accounts = accounts;
        this.coaching = coaching;
        this.profiles = profiles;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the caller sends this client's reviews: their coach, or the lifter if they have none. */
    @Transactional(readOnly = true)
    public boolean maySend(@LifterId long lifterId) {
        SignedInAccount me = currentUser.require();
        return me.is(Role.COACH) || coaching.myCoach().isEmpty();
    }

    /**
     * E-mails the review of {@code weekCount} weeks ending with the week of {@code endWeek} (null: the
     * last complete week) to the client, printed on {@code paper} (a paper size's name; null: the
     * client's usual paper).
     *
     * @throws ReviewRejected when the weeks cannot be reviewed
     * @throws AccessDeniedException for a lifter who has a coach: the coach sends their reviews
     */
    @Transactional
    public ReviewSent send(@LifterId long lifterId, LocalDate endWeek, int weekCount, String paper) {
        if (!maySend(lifterId)) {
            throw new AccessDeniedException("Your coach sends your reviews.");
        }
        return mail(reviews.review(lifterId, endWeek, weekCount), paper, false);
    }

    /**
     * The automatic sending of a due review (see {@link ReviewAutoSender}), as the coach: the row in
     * {@code review_sent} is written first and may exist once per client and period, so of two nodes
     * that decide to send the same review at once, one sends and the other's row is refused.
     *
     * @throws DuplicateKeyException when that review was sent automatically already (nothing is
     *     queued: the whole transaction rolls back)
     */
    @Transactional
    ReviewSent sendDue(@LifterId long lifterId, int weekCount) {
        return mail(reviews.review(lifterId, null, weekCount), null, true);
    }

    private ReviewSent mail(LifterReview review, String paper, boolean automatic) {
        SignedInAccount me = currentUser.require();
        long lifterId = review.lifterId();
        record(review, me.id(), automatic);
        AccountSummary client = accounts.lifter(lifterId);
        Locale language = profiles.languageOf(lifterId);
        ReviewPrinting.Printed pdf = printing.printOne(review, paper);
        outbox.queue(new Mail(
                        lifterId,
                        client.email(),
                        language,
                        Text.of("reviewmail.subject"),
                        paragraphs(review, me, language),
                        Text.of("reviewmail.open"),
                        outbox.link("/review"))
                .withAttachment(new Attachment(pdf.fileName(), Attachment.PDF, pdf.bytes())));
        return new ReviewSent(client.email(), pdf.fileName());
    }

    private static List<Text> paragraphs(LifterReview review, SignedInAccount me, Locale language) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        LocalDate first = review.lastWeek().minusWeeks(review.weekCount() - 1L);
        List<Text> paragraphs = new ArrayList<>();
        paragraphs.add(Text.of("reviewmail.greeting", review.lifterName()));
        boolean ownReview = me.id() == review.lifterId();
        paragraphs.add(Text.of(
                ownReview ? "reviewmail.bodyOwn" : "reviewmail.body",
                me.displayName(),
                review.weekCount(),
                dates.format(first),
                dates.format(review.lastWeek().plusDays(6))));
        review.note().filter(note -> !ownReview).ifPresent(note -> {
            paragraphs.add(Text.of("reviewmail.noteFrom", note.authorName()));
            paragraphs.add(Text.of("reviewmail.note", note.text()));
        });
        paragraphs.add(Disclaimer.TEXT);
        return paragraphs;
    }

    private void record(LifterReview review, long senderId, boolean automatic) {
        jdbc.update(
                "insert into review_sent (id, lifter_id, last_week, week_count, sent_at, sent_by, automatic,"
                        + " automatic_lifter_id) values (nextval('review_sent_seq'), :lifter, :last, :weeks, :at,"
                        + " :by, :automatic, :automaticLifter)",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(Map.of(
                                "lifter", review.lifterId(),
                                "last", review.lastWeek(),
                                "weeks", review.weekCount(),
                                "at", Timestamp.from(clock.instant()),
                                "by", senderId,
                                "automatic", automatic))
                        .addValue("automaticLifter", automatic ? review.lifterId() : null));
    }
}
