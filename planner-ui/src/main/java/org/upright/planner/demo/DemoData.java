package org.upright.planner.demo;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;

/**
 * Creates demo accounts with a few weeks of plans on the first start of an empty database, so a
 * person trying Upright can sign in and see something at once. Passwords are random and printed once: a demo database that ends up reachable
 * from a network must not share well-known passwords.
 *
 * <p>With {@code upright.demo-data=auto} (the default) this happens only for the embedded H2
 * database; a PostgreSQL database gets demo data only with {@code always}.
 *
 * <p>Seeding is a lifecycle step just before the web server's: every bean is ready (including the
 * security context strategy the services check against), but no request is taken yet, so the
 * sign-ins are in the log before the sign-in page answers and whoever opens it first can use them.
 */
@Component
class DemoData implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    record DemoAccount(String displayName, String email, Role role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("Morgan Reyes", "coach@upright.demo", Role.COACH),
            new DemoAccount("Alex Moreau", "alex@upright.demo", Role.LIFTER),
            new DemoAccount("Sam Okafor", "sam@upright.demo", Role.LIFTER));

    private final AccountService accounts;
    private final DemoWeeks weeks;
    private final TransactionTemplate transactions;
    private final String mode;
    private final String datasourceUrl;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean started;

    DemoData(
            AccountService accounts,
            DemoWeeks weeks,
            PlatformTransactionManager transactionManager,
            @Value("${upright.demo-data:auto}") String mode,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.accounts = accounts;
        this.weeks = weeks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        seedOnce();
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    private void seedOnce() {
        if (!wanted() || accounts.hasAccounts()) {
            return;
        }
        StringBuilder report = new StringBuilder(
                "\n\nDemo accounts created. They are shown only this once, on the first start of this database:\n");
        List<AccountSummary> created = new ArrayList<>();
        // All or nothing: stopping the app half-way through leaves an empty database, so the next
        // start seeds (and prints the sign-ins) again instead of leaving accounts nobody can use.
        transactions.executeWithoutResult(status -> seed(created, report));
        log.info(report.toString());
    }

    private void seed(List<AccountSummary> created, StringBuilder report) {
        for (DemoAccount demo : ACCOUNTS) {
            String password = randomPassword();
            created.add(accounts.createConfirmed(
                    new SignUpCommand(demo.email(), password, demo.displayName(), demo.role())));
            report.append(String.format(
                    "    %-6s  %-20s  password: %s   (%s)%n",
                    demo.role() == Role.COACH ? "coach" : "lifter", demo.email(), password, demo.displayName()));
        }
        report.append("Lost them? Stop the app, delete ")
                .append(databaseFolder())
                .append(" and start again.\n");
        weeks.plan(created);
    }

    /**
     * Where the embedded database lives: under Java's {@code user.home}, which need not be {@code
     * $HOME}, so the sign-ins name the real folder.
     */
    String databaseFolder() {
        String prefix = "jdbc:h2:file:";
        if (!datasourceUrl.startsWith(prefix)) {
            return "the database";
        }
        int settings = datasourceUrl.indexOf(';');
        String file = datasourceUrl.substring(prefix.length(), settings < 0 ? datasourceUrl.length() : settings);
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? file : parent.toString();
    }

    boolean wanted() {
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
