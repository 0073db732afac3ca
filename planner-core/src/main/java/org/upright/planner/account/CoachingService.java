package org.upright.planner.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
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

/**
 * Coaches and their clients. A coach invites a lifter by e-mail address and passes on the link (no
 * mail server needed); the lifter, signed in with that address, accepts or declines within 14
 * days. A lifter has at most one coach at a time; either side can end the relationship, and the
 * former coach loses access at once.
 */
@Service
public class CoachingService {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    /** New invitations a coach may make in any 24 hours (docs/adr/0012). */
    public static final int INVITATIONS_PER_DAY = 50;

    private final InvitationRepository invitations;
    private final CoachingRepository coaching;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CoachingService(
            InvitationRepository invitations,
            CoachingRepository coaching,
            AccountRepository accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.invitations = invitations;
        this.coaching = coaching;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates (or returns the still-open) invitation for {@code email}. */
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
        return view(invitation, me.displayName());
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

    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void revoke(String code) {
        SignedInAccount me = currentUser.require();
        InvitationEntity invitation = invitations
                .findByCode(code)
                .filter(i -> i.coachId() == me.id())
                .orElseThrow(() -> new CoachingRejected(Text.of("domain.refused.coaching.noSuchInvitation")));
        if (invitation.status() == InvitationStatus.PENDING) {
            invitation.respond(InvitationStatus.REVOKED, clock.instant());
        }
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
        invitation.respond(InvitationStatus.ACCEPTED, clock.instant());
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
        openInvitationFor(me, code).respond(InvitationStatus.DECLINED, clock.instant());
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
