package org.upright.planner.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.InvitationRepository;
import org.upright.planner.account.internal.SignUpLimits;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;

/** Signing up and reading one's own account. */
@Service
@EnableConfigurationProperties(SignUpSettings.class)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_DISPLAY_NAME_LENGTH = 80;

    /** Says nothing about the address, so it cannot be used to probe either (docs/adr/0012). */
    static final Text TOO_MANY_ATTEMPTS = Text.of("domain.refused.signUp.tooManyAttempts");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignUpSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InvitationRepository invitations;
    private final SignUpLimits limits;
    private final TransactionTemplate transactions;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            SignUpSettings settings,
            CurrentUser currentUser,
            Clock clock,
            InvitationRepository invitations,
            SignUpLimits limits,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.invitations = invitations;
        this.limits = limits;
        this.transactions = transactions;
    }

    /** Whether anyone may sign up, or only invited people. */
    @PreAuthorize("permitAll()")
    public boolean isSignUpOpen() {
        return !settings.inviteOnly();
    }

    /**
     * Creates an account.
     *
     * @throws SignUpRejected with a message per invalid field (nothing is stored then)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary signUp(SignUpCommand command) {
        return signUp(command, null);
    }

    /**
     * Creates an account; with invite-only sign-up, {@code invitationCode} must be an open
     * invitation made for the same e-mail address.
     *
     * @throws SignUpRejected with a message per invalid field (nothing is stored then)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary signUp(SignUpCommand command, String invitationCode) {
        return create(command, invitationCode);
    }

    /**
     * Sign-up as a visitor of the sign-up page asks for it: like {@link #signUp(SignUpCommand,
     * String)}, but first counted per {@code client} (the visitor's network address) and per e-mail
     * address, so that the answer cannot be used to probe many addresses (docs/adr/0012). The count
     * commits before anything is checked: refused attempts count too.
     *
     * @throws SignUpRejected also when this client or address has tried too often this hour
     */
    @PreAuthorize("permitAll()")
    public AccountSummary signUp(SignUpCommand command, String invitationCode, String client) {
        if (!limits.admit(client, normaliseEmail(command.email()))) {
            throw new SignUpRejected(Map.of(SignUpRejected.FORM, TOO_MANY_ATTEMPTS));
        }
        return transactions.execute(status -> create(command, invitationCode));
    }

    private AccountSummary create(SignUpCommand command, String invitationCode) {
        boolean invited = invitedAs(invitationCode, command.email());
        if (!isSignUpOpen() && !invited) {
            throw new SignUpRejected(Map.of(SignUpRejected.FORM, Text.of("domain.refused.signUp.inviteOnly")));
        }
        // A coach invites lifters: an invitation makes a lifter account, whatever the form says
        // (with invite-only sign-up it must never open the door to a coach account).
        Role role = invited ? Role.LIFTER : command.role();
        Map<String, Text> errors = validate(command, role);
        String email = normaliseEmail(command.email());
        if (!errors.containsKey(SignUpRejected.EMAIL) && accounts.existsByEmail(email)) {
            errors.put(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailTaken"));
        }
        if (!errors.isEmpty()) {
            throw new SignUpRejected(errors);
        }
        try {
            Account account = accounts.saveAndFlush(new Account(
                    email,
                    passwordEncoder.encode(command.password()),
                    command.displayName().strip(),
                    role,
                    clock.instant()));
            return account.summary();
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            throw new SignUpRejected(Map.of(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailTaken")));
        }
    }

    private boolean invitedAs(String code, String email) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return invitations
                .findByCode(code.strip())
                .filter(i -> i.email().equals(EmailAddresses.normalise(email)))
                .filter(i -> i.isOpenAt(clock.instant()))
                .isPresent();
    }

    /** The caller's own account. */
    @PreAuthorize("isAuthenticated()")
    public AccountSummary me() {
        return currentUser.require().summary();
    }

    /**
     * A lifter's name and address, for a screen that plans their week. Only the lifter and their
     * current coach may ask.
     */
    @Transactional(readOnly = true)
    public AccountSummary lifter(@LifterId long lifterId) {
        return accounts.findById(lifterId)
                .map(Account::summary)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "You don't have access to this lifter's training."));
    }

    /** Whether any account exists yet (used to decide on demo data). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    private static Map<String, Text> validate(SignUpCommand command, Role role) {
        Map<String, Text> errors = new LinkedHashMap<>();
        String email = command.email() == null ? "" : command.email().strip();
        if (email.isEmpty()) {
            errors.put(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailMissing"));
        } else if (!EmailAddresses.isAscii(email)) {
            errors.put(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailNotAscii"));
        } else if (!EmailAddresses.looksValid(email)) {
            errors.put(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailInvalid"));
        }
        PasswordReset.PasswordProblem passwordProblem = PasswordReset.problem(command.password());
        if (passwordProblem == PasswordReset.PasswordProblem.TOO_SHORT) {
            errors.put(SignUpRejected.PASSWORD, Text.of("domain.refused.signUp.passwordTooShort", MIN_PASSWORD_LENGTH));
        } else if (passwordProblem == PasswordReset.PasswordProblem.TOO_LONG) {
            errors.put(SignUpRejected.PASSWORD, Text.of("domain.refused.signUp.passwordTooLong", MAX_PASSWORD_BYTES));
        }
        String name = command.displayName() == null ? "" : command.displayName().strip();
        if (name.isEmpty()) {
            errors.put(SignUpRejected.DISPLAY_NAME, Text.of("domain.refused.signUp.nameMissing"));
        } else if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            errors.put(
                    SignUpRejected.DISPLAY_NAME, Text.of("domain.refused.signUp.nameTooLong", MAX_DISPLAY_NAME_LENGTH));
        } else {
            TypedText.problem(name).ifPresent(problem -> errors.put(SignUpRejected.DISPLAY_NAME, problem));
        }
        if (role == null) {
            errors.put(SignUpRejected.ROLE, Text.of("domain.refused.signUp.role"));
        }
        return errors;
    }

    static String normaliseEmail(String email) {
        return EmailAddresses.normalise(email);
    }
}
