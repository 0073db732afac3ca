package org.upright.planner.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountMails;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.InvitationRepository;
import org.upright.planner.account.internal.SignUpLimits;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;

/** Signing up (docs/adr/0012, 0024) and reading one's own account. */
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
    private final AccountMails mails;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            SignUpSettings settings,
            CurrentUser currentUser,
            Clock clock,
            InvitationRepository invitations,
            SignUpLimits limits,
            TransactionTemplate transactions,
            AccountMails mails) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.invitations = invitations;
        this.limits = limits;
        this.transactions = transactions;
        this.mails = mails;
    }

    /** Whether anyone may sign up, or only invited people. */
    @PreAuthorize("permitAll()")
    public boolean isSignUpOpen() {
        return !settings.inviteOnly();
    }

    /**
     * Creates an account whose address counts as confirmed, with no mail: for demo data and test
     * fixtures, which vouch for the address themselves. A visitor's sign-up goes through {@link
     * #signUp(SignUpCommand, String, String, Locale)}, which proves the address by mail.
     *
     * @throws SignUpRejected with a message per invalid field, or the address taken (nothing is
     *     stored then)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary createConfirmed(SignUpCommand command) {
        return createConfirmed(command, null);
    }

    /**
     * Like {@link #createConfirmed(SignUpCommand)}; with invite-only sign-up, {@code invitationCode}
     * must be an open invitation made for the same e-mail address.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary createConfirmed(SignUpCommand command, String invitationCode) {
        Role role = checked(command, invitationCode);
        String email = normaliseEmail(command.email());
        if (accounts.existsByEmail(email)) {
            throw new SignUpRejected(Map.of(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailTaken")));
        }
        Account account = newAccount(command, role, passwordEncoder.encode(command.password()));
        account.addressConfirmedAt(clock.instant());
        try {
            return accounts.saveAndFlush(account).summary();
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            throw new SignUpRejected(Map.of(SignUpRejected.EMAIL, Text.of("domain.refused.signUp.emailTaken")));
        }
    }

    /**
     * Sign-up as a visitor of the sign-up page asks for it (docs/adr/0012, 0024). First counted per
     * {@code client} (the visitor's network address) and per e-mail address, in statements that
     * commit before anything is checked, so refused attempts count too. Then, for a form without
     * mistakes, the answer is the same whether or not the address has an account — "check your
     * inbox": a free address gets an unconfirmed account and a link to confirm it ({@link
     * AddressConfirmation#VALID}), a taken one gets a mail to its owner saying someone tried, and
     * the account is left as it was.
     *
     * @param language the page's language, for the mail
     * @throws SignUpRejected with a message per invalid field, when sign-up is by invitation only, or
     *     when this client or address has tried too often this hour; nothing is stored then
     */
    @PreAuthorize("permitAll()")
    public void signUp(SignUpCommand command, String invitationCode, String client, Locale language) {
        if (!limits.admit(client, normaliseEmail(command.email()))) {
            throw new SignUpRejected(Map.of(SignUpRejected.FORM, TOO_MANY_ATTEMPTS));
        }
        try {
            transactions.executeWithoutResult(status -> {
                Role role = checked(command, invitationCode);
                // Hashed before the address is looked up: bcrypt's time would otherwise tell a taken
                // address (nothing to hash) from a free one.
                String hash = passwordEncoder.encode(command.password());
                Instant now = clock.instant();
                accounts.findByEmail(normaliseEmail(command.email()))
                        .ifPresentOrElse(
                                owner -> mails.signUpAttempt(
                                        owner.summary(), owner.language().orElse(language)),
                                () -> {
                                    Account created = accounts.saveAndFlush(newAccount(command, role, hash));
                                    mails.confirmAddress(
                                            created.summary(),
                                            language,
                                            invitationCode,
                                            AddressConfirmation.VALID,
                                            now);
                                });
            });
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            // Another sign-up took the address a moment ago and mailed its link: the same answer.
        }
    }

    /** The role the account gets, once the form and the invitation have been checked. */
    private Role checked(SignUpCommand command, String invitationCode) {
        boolean invited = invitedAs(invitationCode, command.email());
        if (!isSignUpOpen() && !invited) {
            throw new SignUpRejected(Map.of(SignUpRejected.FORM, Text.of("domain.refused.signUp.inviteOnly")));
        }
        // A coach invites lifters: an invitation makes a lifter account, whatever the form says
        // (with invite-only sign-up it must never open the door to a coach account).
        Role role = invited ? Role.LIFTER : command.role();
        Map<String, Text> errors = validate(command, role);
        if (!errors.isEmpty()) {
            throw new SignUpRejected(errors);
        }
        return role;
    }

    private Account newAccount(SignUpCommand command, Role role, String passwordHash) {
        return new Account(
                normaliseEmail(command.email()),
                passwordHash,
                command.displayName().strip(),
                role,
                clock.instant());
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
