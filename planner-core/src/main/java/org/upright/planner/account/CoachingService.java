package org.upright.planner.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.Coaching;
import org.upright.planner.account.internal.CoachingRepository;
import org.upright.planner.account.internal.InvitationEntity;
import org.upright.planner.account.internal.InvitationRepository;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;

/**
 * Coaches and their clients. A coach invites a lifter by e-mail address; the link goes out by mail
 * (docs/adr/0025) and the lifter, signed in with that address, accepts or declines within 14 days.
 * The coach may re-send it (within limits) or withdraw it. Answers are decided by the database:
 * of an accept and a withdrawal at the same moment exactly one is taken. A lifter has at most one
 * coach at a time; either side can end the relationship, and the former coach loses access at once.
 */
@Service
public class CoachingService {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    /** New invitations a coach may make in any 24 hours (docs/adr/0012). */
    public static final int INVITATIONS_PER_DAY = 50;
    /** The shortest time between two mails of one invitation: a second click is not a second mail. */
    public static final Duration RESEND_PAUSE = Duration.ofMinutes(10);
    /** Mails of one invitation, the first included: after that, a new invitation or a word in person. */
    public static final int MAX_SENDS = 5;

    /** What re-sending an invitation came to. */
    public enum Resent {
        /** A new mail with the same link is on its way, and the invitation is open 14 more days. */
        SENT,
        /** The last mail went out less than {@link #RESEND_PAUSE} ago. */
        TOO_SOON,
        /** It has been mailed {@link #MAX_SENDS} times. */
        TOO_OFTEN,
        /** Meanwhile it was accepted, declined or withdrawn. */
        ANSWERED
    }

    /** What withdrawing an invitation came to. */
    public enum Withdrawn {
        /** Its link no longer works. */
        WITHDRAWN,
        /** It had been accepted, declined or withdrawn already: nothing changed. */
        ALREADY_ANSWERED
    }

    private final InvitationRepository invitations;
    private final CoachingRepository coaching;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CoachingService(
            InvitationRepository invitations,
            CoachingRepository coaching,
            AccountRepository accounts,
            CurrentUser currentUser,
            Outbox outbox,
            Clock clock) {
        this.invitations = invitations;
        this.coaching = coaching;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates an invitation for {@code email} and mails its link, in the invitee's language if their
     * account has one, else the coach's. A still-open invitation to the address is returned as it
     * is, without another mail: that is what {@link #resend} is for.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public Invitation invite(String email) {
        SignedInAccount me = currentUser.require();
        String address = EmailAddresses.normalise(email);
        if (!EmailAddresses.looksValid(address)) {
            throw new CoachingRejected(Text.of("domain.refused.coaching.address"));
        }
        // Whether the address has an account, and of which kind, changes nothing the coach is told
        // (docs/adr/0012): an invitation to a coach's address is made like any other and simply
        // never works, since only lifters can accept. Naming one's own client is no secret.
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent()
                && coaching.existsByCoachIdAndLifterIdAndEndedAtIsNull(
                        me.id(), existing.get().id())) {
            throw new CoachingRejected(Text.of(
                    "domain.refused.coaching.alreadyCoached",
                    existing.get().summary().displayName()));
        }
        Instant now = clock.instant();
        Optional<InvitationEntity> open =
                invitations.findByCoachIdAndStatusOrderByCreatedAtDesc(me.id(), InvitationStatus.PENDING).stream()
                        .filter(i -> i.email().equals(address) && i.isOpenAt(now))
                        .findFirst();
        if (open.isPresent()) {
            return view(open.get(), me.displayName());
        }
        // The coach's account row is locked until commit: a coach's invitations are counted and
        // made one at a time, however many arrive at once or on whichever node.
        accounts.lockForUpdate(me.id());
        if (invitations.countByCoachIdAndCreatedAtAfter(me.id(), now.minus(Duration.ofDays(1)))
                >= INVITATIONS_PER_DAY) {
            throw new CoachingRejected(Text.of("domain.refused.coaching.tooManyInvitations", INVITATIONS_PER_DAY));
        }
        InvitationEntity invitation =
                invitations.save(new InvitationEntity(me.id(), address, newCode(), now, now.plus(INVITATION_VALIDITY)));
        invitation.sentAt(now);
        mail(invitation, me);
        return view(invitation, me.displayName());
    }

    /**
     * Mails the invitation's link again, the same link (it is the same invitation, to the same
     * address, so either mail may be opened), and keeps it open {@link #INVITATION_VALIDITY} from
     * now, an expired one included. Limited to one mail per {@link #RESEND_PAUSE} and
     * {@link #MAX_SENDS} in all, decided by one UPDATE so that two clicks at once send one mail.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public Resent resend(String code) {
        SignedInAccount me = currentUser.require();
        InvitationEntity invitation = mine(me, code);
        if (invitation.status() != InvitationStatus.PENDING) {
            return Resent.ANSWERED;
        }
        Instant now = clock.instant();
        int claimed = invitations.claimResend(
                invitation.id(), now, now.plus(INVITATION_VALIDITY), now.minus(RESEND_PAUSE), MAX_SENDS);
        if (claimed == 0) {
            return invitation.timesSent() >= MAX_SENDS ? Resent.TOO_OFTEN : Resent.TOO_SOON;
        }
        mail(invitation, me);
        return Resent.SENT;
    }

    /** The coach's invitations that nobody has answered yet (expired ones included, marked). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations() {
        SignedInAccount me = currentUser.require();
        return invitations.findByCoachIdAndStatusOrderByCreatedAtDesc(me.id(), InvitationStatus.PENDING).stream()
                .map(i -> view(i, me.displayName()))
                .toList();
    }

    /**
     * Withdraws the invitation: its link stops working. One UPDATE … where status = 'PENDING', so an
     * accept at the same moment either comes first (and this changes nothing) or fails.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public Withdrawn revoke(String code) {
        InvitationEntity invitation = mine(currentUser.require(), code);
        return invitations.revoke(invitation.id(), clock.instant()) == 1
                ? Withdrawn.WITHDRAWN
                : Withdrawn.ALREADY_ANSWERED;
    }

    /**
     * An invitation as the person holding its link sees it. Only the invited lifter and the coach
     * who made it can look; for anyone else it does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Invitation> invitation(String code) {
        SignedInAccount me = currentUser.require();
        return invitations
                .findByCode(code == null ? "" : code.strip())
                .filter(i -> i.coachId() == me.id() || i.email().equals(EmailAddresses.normalise(me.email())))
                .map(i -> view(i, coachName(i.coachId())));
    }

    /** Open invitations addressed to the signed-in lifter. */
    @PreAuthorize("hasRole('LIFTER')")
    @Transactional(readOnly = true)
    public List<Invitation> invitationsForMe() {
        SignedInAccount me = currentUser.require();
        Instant now = clock.instant();
        return invitations
                .findByEmailAndStatusOrderByCreatedAtDesc(
                        EmailAddresses.normalise(me.email()), InvitationStatus.PENDING)
                .stream()
                .filter(i -> i.isOpenAt(now))
                .map(i -> view(i, coachName(i.coachId())))
                .toList();
    }

    /** The lifter accepts: the inviting coach becomes their coach. */
    @PreAuthorize("hasRole('LIFTER')")
    @Transactional
    public AccountSummary accept(String code) {
        SignedInAccount me = currentUser.require();
        InvitationEntity invitation = openInvitationFor(me, code);
        Optional<Coaching> current = coaching.findByLifterIdAndEndedAtIsNull(me.id());
        if (current.isPresent()) {
            String name = coachName(current.get().coachId());
            throw new CoachingRejected(Text.of(
                    current.get().coachId() == invitation.coachId()
                            ? "domain.refused.coaching.alreadyYourCoach"
                            : "domain.refused.coaching.otherCoach",
                    name));
        }
        answer(invitation, InvitationStatus.ACCEPTED);
        try {
            coaching.saveAndFlush(new Coaching(invitation.coachId(), me.id(), clock.instant()));
        } catch (DataIntegrityViolationException anotherAcceptJustNow) {
            // The check above saw no coach, but another invitation was accepted in the same moment:
            // the database keeps one current coach per lifter (V12) and this accept is undone.
            throw new CoachingRejected(Text.of("domain.refused.coaching.acceptedMeanwhile"));
        }
        return accounts.findById(invitation.coachId()).orElseThrow().summary();
    }

    @PreAuthorize("hasRole('LIFTER')")
    @Transactional
    public void decline(String code) {
        SignedInAccount me = currentUser.require();
        answer(openInvitationFor(me, code), InvitationStatus.DECLINED);
    }

    /** The signed-in lifter's current coach, if any. */
    @PreAuthorize("hasRole('LIFTER')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> myCoach() {
        SignedInAccount me = currentUser.require();
        return coaching.findByLifterIdAndEndedAtIsNull(me.id())
                .flatMap(c -> accounts.findById(c.coachId()))
                .map(Account::summary);
    }

    @PreAuthorize("hasRole('LIFTER')")
    @Transactional
    public void endWithMyCoach() {
        SignedInAccount me = currentUser.require();
        coaching.findByLifterIdAndEndedAtIsNull(me.id()).ifPresent(c -> c.end(clock.instant()));
    }

    @Transactional
    public void endWithClient(@LifterId(Who.COACH_ONLY) long lifterId) {
        coaching.findByLifterIdAndEndedAtIsNull(lifterId)
                .orElseThrow(() -> new CoachingRejected(Text.of("domain.refused.coaching.notYourClient")))
                .end(clock.instant());
    }

    /** The signed-in coach's current clients, by name. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<AccountSummary> myClients() {
        SignedInAccount me = currentUser.require();
        List<Long> ids = coaching.findByCoachIdAndEndedAtIsNull(me.id()).stream()
                .map(Coaching::lifterId)
                .toList();
        return accounts.findAllById(ids).stream()
                .map(Account::summary)
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * When each current client of the calling coach joined them: the roster counts a client's
     * inactivity from then at the earliest.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Map<Long, Instant> myClientsJoined() {
        return coaching.findByCoachIdAndEndedAtIsNull(currentUser.require().id()).stream()
                .collect(Collectors.toMap(Coaching::lifterId, Coaching::startedAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    /**
     * Every coach who coaches or has coached the lifter: the only owners whose own exercises the
     * lifter's plans can hold.
     */
    @Transactional(readOnly = true)
    public Set<Long> coachesOf(@LifterId long lifterId) {
        return Set.copyOf(coaching.coachesEverOf(lifterId));
    }

    /** Names of the calling coach's current clients, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> clientsById(@LifterId(Who.COACH_ONLY) Collection<Long> lifterIds) {
        return accounts.findAllById(lifterIds).stream()
                .map(Account::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** Takes the answer unless another one (or a withdrawal) got to the database first. */
    private void answer(InvitationEntity invitation, InvitationStatus answer) {
        if (invitations.answer(invitation.id(), answer, clock.instant()) == 0) {
            throw new CoachingRejected(Text.of("domain.refused.coaching.answered"));
        }
    }

    private InvitationEntity mine(SignedInAccount me, String code) {
        return invitations
                .findByCode(code == null ? "" : code.strip())
                .filter(i -> i.coachId() == me.id())
                .orElseThrow(() -> new CoachingRejected(Text.of("domain.refused.coaching.noSuchInvitation")));
    }

    private void mail(InvitationEntity invitation, SignedInAccount coach) {
        Optional<Account> invitee = accounts.findByEmail(invitation.email());
        Locale language = invitee.flatMap(Account::language)
                .or(() -> accounts.findById(coach.id()).flatMap(Account::language))
                .map(Texts::supported)
                .orElse(Texts.LANGUAGES.getFirst());
        outbox.queue(Mail.of(
                        invitee.map(Account::id).orElse(null),
                        invitation.email(),
                        language,
                        Text.of("coachmail.invitation.subject", coach.displayName()),
                        Text.of("coachmail.invitation.greeting"),
                        Text.of("coachmail.invitation.body", coach.displayName()),
                        Text.of("coachmail.invitation.howTo", invitation.email(), INVITATION_VALIDITY.toDays()),
                        Text.of("coachmail.invitation.notYou", coach.displayName()))
                .withLink(Text.of("coachmail.invitation.button"), outbox.link("/invitation/" + invitation.code())));
    }

    private InvitationEntity openInvitationFor(SignedInAccount me, String code) {
        InvitationEntity invitation = invitations
                .findByCode(code == null ? "" : code.strip())
                .filter(i -> i.email().equals(EmailAddresses.normalise(me.email())))
                .orElseThrow(() -> new CoachingRejected(Text.of("domain.refused.coaching.notYourInvitation")));
        if (invitation.status() != InvitationStatus.PENDING) {
            throw new CoachingRejected(Text.of("domain.refused.coaching.answered"));
        }
        if (!invitation.isOpenAt(clock.instant())) {
            throw new CoachingRejected(Text.of("domain.refused.coaching.expired"));
        }
        return invitation;
    }

    private Invitation view(InvitationEntity i, String coachName) {
        return new Invitation(
                i.code(),
                coachName,
                i.email(),
                i.status(),
                i.createdAt(),
                i.expiresAt(),
                !clock.instant().isBefore(i.expiresAt()));
    }

    private String coachName(long coachId) {
        return accounts.findById(coachId).map(a -> a.summary().displayName()).orElse("a coach");
    }

    private String newCode() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
