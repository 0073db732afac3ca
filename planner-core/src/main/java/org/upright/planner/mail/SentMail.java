package org.upright.planner.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A mail as its reader's "Sent mail" page lists it. Secret links are not part of it: they are
 * forgotten once the mail has gone.
 *
 * @param sent when it was handed to the mail server or kept; null while it waits
 * @param attachments the names of the files sent with it, in order
 */
public record SentMail(
        UUID id,
        String to,
        String subject,
        String text,
        Instant queued,
        Instant sent,
        Delivery delivery,
        List<String> attachments) {

    public SentMail {
        attachments = List.copyOf(attachments);
    }

    /** Where the mail stands. */
    public enum Delivery {
        /** Waiting for its turn, or for the mail server to answer again. */
        WAITING,
        /** Handed to the mail server. */
        SENT,
        /** No mail server is configured: kept here and written to the log. */
        KEPT
    }
}
