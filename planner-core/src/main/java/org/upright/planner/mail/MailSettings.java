package org.upright.planner.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Upright sends mail ({@code upright.mail.*}); the server itself is Spring's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST} and friends). Without {@code spring.mail.host}
 * mail is kept in the outbox and written to the log.
 *
 * @param from the sender of every mail
 * @param baseUrl where readers reach this Upright: links in mails start with it
 * @param retryFirst how long to wait after the mail server first fails to take a mail
 * @param retryMax the longest wait between tries (each wait doubles up to this; tries never stop)
 * @param claimTimeout a mail claimed this long ago by a node that never finished is tried again (a
 *     node killed in the middle of sending); longer than any SMTP conversation can last
 */
@ConfigurationProperties("upright.mail")
public record MailSettings(
        @DefaultValue("Upright <upright@localhost>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT30S") Duration retryFirst,
        @DefaultValue("PT30M") Duration retryMax,
        @DefaultValue("PT10M") Duration claimTimeout) {

    /** {@code path} (starting with a slash) on this Upright. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }

    /** The wait before try number {@code failures + 1}: doubling from {@link #retryFirst}, at most {@link #retryMax}. */
    public Duration backOff(int failures) {
        Duration wait = retryFirst;
        for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
