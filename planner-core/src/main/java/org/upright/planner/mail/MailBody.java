package org.upright.planner.mail;

import java.util.Locale;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/** A mail's two bodies, plain text and HTML, rendered in the reader's language. */
record MailBody(String subject, String text, String html) {

    /** Stands for the link in stored bodies; the link itself is put in only when the mail is sent. */
    static final String LINK = "\u27E6link\u27E7";

    static MailBody of(Mail mail) {
        Locale language = mail.language();
        String subject = render(mail.subject(), language);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"")
                .append(Texts.supported(language).getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:36em\">");
        for (Text paragraph : mail.paragraphs()) {
            String words = render(paragraph, language);
            text.append(words).append("\n\n");
            html.append("<p>").append(escape(words).replace("\n", "<br>")).append("</p>");
        }
        if (mail.link() != null) {
            String label = render(mail.linkLabel(), language);
            text.append(label).append(":\n").append(LINK).append("\n\n");
            html.append("<p><a href=\"")
                    .append(LINK)
                    .append("\" style=\"display:inline-block;padding:.6em 1.2em;background:#1a5fb4;color:#fff;"
                            + "text-decoration:none;border-radius:4px\">")
                    .append(escape(label))
                    .append("</a></p><p style=\"font-size:.9em;color:#555\">")
                    .append(escape(render(Text.of("mail.linkFallback"), language)))
                    .append("<br>")
                    .append(LINK)
                    .append("</p>");
        }
        String footer = render(Text.of("mail.footer"), language);
        text.append("-- \n").append(footer).append('\n');
        html.append("<hr><p style=\"font-size:.85em;color:#555\">")
                .append(escape(footer))
                .append("</p></body></html>");
        return new MailBody(subject, text.toString(), html.toString());
    }

    /** The bodies with the link put in (HTML-escaped in the HTML body). */
    static String withLink(String body, String link, boolean html) {
        if (link == null) {
            return body;
        }
        return body.replace(LINK, html ? escape(link) : link);
    }

    private static String render(Text text, Locale language) {
        return Texts.render(text, language);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
