package org.upright.planner.ui.shell;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached" (stopped, restarting, network gone) apart from every other
 * failure. Such an outage is nobody's mistake and passes by itself, so people are told plainly to
 * try again; the one source of the sentences they see for it (keys of the {@code ui} bundle).
 */
public final class DatabaseTrouble {

    /** After an action (mostly a save) failed; the screen keeps what was entered. */
    public static final String NOT_SAVED = "ui.database.notSaved";

    /** Instead of a page that needs the database. */
    public static final String PAGE_TITLE = "ui.database.pageTitle";

    public static final String PAGE_TEXT = "ui.database.pageText";

    /** On the sign-in page. */
    public static final String SIGN_IN = "ui.database.signIn";

    /** HikariCP's message for a connection it has closed (it carries no SQL state). */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseTrouble() {}

    /** Whether {@code error}, or anything that caused it, says the database could not be reached. */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server shut down or is starting.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // The pool closes a connection it saw break (the server shut down mid-transaction); the
            // rollback that follows fails with the pool's own message, and that failure replaces
            // the original one, so this is all that is left of it.
            if (t instanceof SQLException && CLOSED_BY_POOL.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** One line for the log: the outage is expected, a stack trace would only hide real errors. */
    static String summary(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
