package org.upright.planner.accountdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.Texts;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewPrinting;
import org.upright.planner.review.ReviewSchedule;
import org.upright.planner.review.ReviewService;

/**
 * "Download my data": everything a lifter has put into Upright, as JSON and CSV, with their review
 * PDFs, in one ZIP written straight into the download as it is read (memory holds one row and one
 * PDF). Only the lifter themself may ask ({@link Who#LIFTER_ONLY}): their coach reads the same data
 * in Upright, but taking it away is the lifter's right.
 */
@Service
public class DataExport {

    private final JdbcTemplate jdbc;
    private final ReviewService reviews;
    private final ReviewPrinting printing;
    private final Clock clock;
    private final UserToday userToday;

    DataExport(JdbcTemplate jdbc, ReviewService reviews, ReviewPrinting printing, Clock clock, UserToday userToday) {
        this.userToday = userToday;
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.printing = printing;
        this.clock = clock;
    }

    /** The ZIP's file name, the day it is made. */
    @PreAuthorize("isAuthenticated()")
    public String fileName() {
        return "upright-my-data-" + LocalDate.now(clock) + ".zip";
    }

    /**
     * Writes the lifter's data into {@code out} as a ZIP and finishes it (the stream stays open).
     * Read in one repeatable-read transaction, so the files agree with each other even while the
     * lifter goes on logging in another tab.
     *
     * @param paper the paper size the review PDFs are printed on (a {@code PaperSize} name)
     * @param locale the language of the read-me
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(@LifterId(Who.LIFTER_ONLY) long lifterId, String paper, Locale locale, OutputStream out) {
        ExportRows rows = new ExportRows(jdbc);
        ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out), StandardCharsets.UTF_8);
        try {
            entry(zip, "README.txt");
            zip.write(Texts.render(locale, "accountdata.export.readme").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (PersonalTables.Export table : PersonalTables.LIFTER) {
                entry(zip, "json/" + table.file() + ".json");
                rows.json(table, lifterId, zip);
                zip.closeEntry();
                entry(zip, "csv/" + table.file() + ".csv");
                Writer csv = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                rows.csv(table, lifterId, csv);
                zip.closeEntry();
            }
            for (Map.Entry<LocalDate, Integer> printed : reviewWeeks(lifterId).entrySet()) {
                LocalDate lastWeek = printed.getKey();
                LifterReview review = reviews.review(lifterId, lastWeek, printed.getValue());
                printing.print(review, paper, name -> {
                    try {
                        entry(zip, "reviews/" + lastWeek + " " + name);
                        return new EntryStream(zip);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reviews to print, by last week, with the number of weeks each covers: every review sent
     * (as sent), every week a review note was written for, and the latest complete week when the
     * lifter has planned anything at all (their review as it stands), in the lifter's rhythm.
     */
    private Map<LocalDate, Integer> reviewWeeks(long lifterId) {
        int rhythm =
                jdbc
                        .queryForList("select weeks from review_rhythm where lifter_id = ?", Integer.class, lifterId)
                        .stream()
                        .findFirst()
                        .orElse(ReviewSchedule.DEFAULT_WEEKS);
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        LocalDate today = userToday.today(lifterId);
        Integer plans =
                jdbc.queryForObject("select count(*) from week_plan where lifter_id = ?", Integer.class, lifterId);
        if (plans != null && plans > 0) {
            weeks.put(ReviewPeriod.lastCompleteWeek(today), rhythm);
        }
        jdbc.queryForList("select last_week from review_note where lifter_id = ?", LocalDate.class, lifterId)
                .forEach(week -> weeks.put(week, rhythm));
        jdbc.query(
                "select last_week, week_count from review_sent where lifter_id = ? order by sent_at",
                rs -> {
                    weeks.put(rs.getObject("last_week", LocalDate.class), rs.getInt("week_count"));
                },
                lifterId);
        weeks.keySet().removeIf(week -> week.isAfter(Weeks.startOf(today)));
        return weeks;
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry("upright-my-data/" + name));
    }

    /** A printed file closes its stream; that ends the ZIP entry, not the ZIP. */
    private static final class EntryStream extends java.io.FilterOutputStream {
        private final ZipOutputStream zip;

        EntryStream(ZipOutputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            zip.closeEntry();
        }
    }
}
