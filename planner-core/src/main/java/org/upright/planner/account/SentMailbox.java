package org.upright.planner.account;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.upright.planner.mail.Outbox;
import org.upright.planner.mail.SentMail;

/**
 * The signed-in person's own mail from Upright, as their "Sent mail" page shows it: on a machine
 * without a mail server this is where the mail is read (docs/adr/0022). Only one's own mail, never
 * anybody else's.
 */
@Service
public class SentMailbox {

    private final Outbox outbox;
    private final CurrentUser currentUser;

    SentMailbox(Outbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    /** Mail to the caller's account, newest first (at most the last 100). */
    @PreAuthorize("isAuthenticated()")
    public List<SentMail> mine() {
        return outbox.ofAccount(currentUser.require().id());
    }
}
