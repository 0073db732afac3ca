package org.upright.planner.ui.journey;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.upright.planner.testsupport.FreePorts;

/**
 * A real SMTP server (GreenMail) for browser journeys that need a link from a mail: a journey's
 * application imports this and sends its mail here, through the outbox like in production, and the
 * journey follows the link it reads from the received mail (docs/adr/0022, 0024). One server for
 * the whole test JVM; journeys tell their mail apart by the (unique) address.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JourneyMail {

    private static final GreenMail SMTP = start();

    @Bean
    JavaMailSender journeyMailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        return sender;
    }

    /**
     * The path and query of the link to {@code path} in the newest mail to {@code to}, waiting for
     * it to arrive. Only path and query: the mail's links start with the configured base URL, which
     * is not the test server's random port.
     */
    static String link(String to, String path) {
        Pattern link = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+");
        return await("a mail to " + to + " with a link to " + path)
                .atMost(Duration.ofMillis((long) BrowserSession.PATIENCE_MS))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> newest(to, link), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<String> newest(String to, Pattern link) {
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> GreenMailUtil.getHeaders(m).contains(to))
                .toList();
        for (MimeMessage mail : mails.reversed()) {
            // Quoted-printable: soft line breaks and an encoded "=" inside the link.
            Matcher m = link.matcher(
                    GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static GreenMail start() {
        int port = FreePorts.next();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
