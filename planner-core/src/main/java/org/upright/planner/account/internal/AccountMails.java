package org.upright.planner.account.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.internal.ResetTokens.Purpose;
import org.upright.planner.common.Text;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;

/**
 * The mails about one's own address (bundle {@code accountmail}, docs/adr/0024), queued in the
 * caller's transaction: a link mailed with a change that rolls back is never sent. Each link's token
 * goes out once, in the mail; the table keeps only its hash.
 */
@Component
public class AccountMails {

    private final ResetTokens tokens;
    private final Outbox outbox;

    AccountMails(ResetTokens tokens, Outbox outbox) {
        this.tokens = tokens;
        this.outbox = outbox;
    }

    /**
     * The link that confirms a new account's address. {@code invitationCode}, if the sign-up came
     * from an invitation, rides along so that the confirmed person is taken on to it.
     */
    public void confirmAddress(
            AccountSummary who, Locale language, String invitationCode, Duration valid, Instant now) {
        String token = ResetTokens.newToken();
        tokens.store(Purpose.CONFIRM_ADDRESS, ResetTokens.hash(token), who.id(), who.email(), now, now.plus(valid));
        String path = "/confirm-email?token=" + token
                + (invitationCode == null || invitationCode.isBlank()
                        ? ""
                        : "&invitation=" + URLEncoder.encode(invitationCode.strip(), StandardCharsets.UTF_8));
        outbox.queue(Mail.of(
                        who.id(),
                        who.email(),
                        language,
                        Text.of("accountmail.confirm.subject"),
                        Text.of("accountmail.confirm.greeting", who.displayName()),
                        Text.of("accountmail.confirm.body", valid.toHours()),
                        Text.of("accountmail.confirm.notYou"))
                .withLink(Text.of("accountmail.confirm.button"), outbox.link(path)));
    }

    /**
     * To the owner of an address someone just tried to sign up with: the page answered as for a
     * free address, so this mail is where the owner learns it, with the way back in.
     */
    public void signUpAttempt(AccountSummary owner, Locale language) {
        outbox.queue(Mail.of(
                        owner.id(),
                        owner.email(),
                        language,
                        Text.of("accountmail.attempt.subject"),
                        Text.of("accountmail.attempt.greeting", owner.displayName()),
                        Text.of("accountmail.attempt.body"),
                        Text.of("accountmail.attempt.signIn", outbox.link("/login")),
                        Text.of("accountmail.attempt.notYou"))
                .withLink(Text.of("accountmail.attempt.button"), outbox.link("/forgot-password")));
    }

    /** The link, to the new address, that makes it the account's address. */
    public void newAddress(AccountSummary who, String newEmail, Locale language, Duration valid, Instant now) {
        String token = ResetTokens.newToken();
        tokens.store(Purpose.NEW_ADDRESS, ResetTokens.hash(token), who.id(), newEmail, now, now.plus(valid));
        // Not yet the account's own address: the mail stays off its "Sent mail" page.
        outbox.queue(Mail.of(
                        null,
                        newEmail,
                        language,
                        Text.of("accountmail.newAddress.subject"),
                        Text.of("accountmail.newAddress.greeting", who.displayName()),
                        Text.of("accountmail.newAddress.body", valid.toHours()),
                        Text.of("accountmail.newAddress.notYou"))
                .withLink(Text.of("accountmail.newAddress.button"), outbox.link("/confirm-new-email?token=" + token)));
    }

    /** The notice to the address in use that another was asked for, with the way to stop it. */
    public void oldAddressNotice(AccountSummary who, String newEmail, Locale language, Duration valid) {
        outbox.queue(Mail.of(
                        who.id(),
                        who.email(),
                        language,
                        Text.of("accountmail.oldAddress.subject"),
                        Text.of("accountmail.oldAddress.greeting", who.displayName()),
                        Text.of("accountmail.oldAddress.body", newEmail, valid.toHours()),
                        Text.of("accountmail.oldAddress.notYou"))
                .withLink(Text.of("accountmail.oldAddress.button"), outbox.link("/forgot-password")));
    }

    /** Tells the owner their password was changed on the settings screen, with the way back in if not. */
    public void passwordChanged(AccountSummary who, Locale language) {
        outbox.queue(Mail.of(
                        who.id(),
                        who.email(),
                        language,
                        Text.of("accountmail.passwordChanged.subject"),
                        Text.of("accountmail.passwordChanged.greeting", who.displayName()),
                        Text.of("accountmail.passwordChanged.body"),
                        Text.of("accountmail.passwordChanged.notYou"))
                .withLink(Text.of("accountmail.passwordChanged.button"), outbox.link("/forgot-password")));
    }
}
