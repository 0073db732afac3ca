package org.upright.planner.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.upright.planner.common.Text;

/**
 * One e-mail to one address, in words not yet rendered: the outbox renders it in the reader's
 * language when it is queued, as plain text and as HTML.
 *
 * @param accountId the account whose "Sent mail" page may show it, or null (mail to an address that
 *     is not yet the account's own)
 * @param to the address it goes to
 * @param language the reader's language
 * @param subject the subject line
 * @param paragraphs the body, one paragraph each
 * @param linkLabel the words on the link, or null for a mail without one
 * @param link the link (may be secret: it is stored apart from the bodies and forgotten once sent)
 * @param attachments files sent with it, in this order (a review PDF)
 */
public record Mail(
        Long accountId,
        String to,
        Locale language,
        Text subject,
        List<Text> paragraphs,
        Text linkLabel,
        String link,
        List<Attachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        language = language == null ? Locale.ENGLISH : language;
        paragraphs = List.copyOf(paragraphs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if ((linkLabel == null) != (link == null)) {
            throw new IllegalArgumentException("A link needs its label and a label its link");
        }
    }

    /** A mail without attachments. */
    public Mail(
            Long accountId,
            String to,
            Locale language,
            Text subject,
            List<Text> paragraphs,
            Text linkLabel,
            String link) {
        this(accountId, to, language, subject, paragraphs, linkLabel, link, List.of());
    }

    /** A mail without a link. */
    public static Mail of(Long accountId, String to, Locale language, Text subject, Text... paragraphs) {
        return new Mail(accountId, to, language, subject, List.of(paragraphs), null, null);
    }

    /** The same mail with a link (a button in HTML, the address itself in plain text). */
    public Mail withLink(Text label, String url) {
        return new Mail(accountId, to, language, subject, paragraphs, label, url, attachments);
    }

    /** The same mail with {@code file} attached after any it has. */
    public Mail withAttachment(Attachment file) {
        List<Attachment> files = new java.util.ArrayList<>(attachments);
        files.add(file);
        return new Mail(accountId, to, language, subject, paragraphs, linkLabel, link, files);
    }
}
