package org.upright.planner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewPrinting;

/** The core's services, persistence and security without any screen, for service tests. */
@SpringBootApplication
public class CoreTestApplication {

    /** A review of a lifter whose name starts with "Big" is printed this large. */
    public static final int BIG_REVIEW_BYTES = 5 * 1024 * 1024 / 2;

    /** Reviews "printed" as a line of text: the PDFs belong to planner-reports and the UI's tests. */
    @Bean
    ReviewPrinting textPrinting() {
        return new ReviewPrinting() {
            @Override
            public String zipName(LocalDate firstWeek, LocalDate lastWeek) {
                return "Reviews " + firstWeek + " to " + lastWeek + ".zip";
            }

            @Override
            public void print(LifterReview review, String paper, Function<String, OutputStream> entry) {
                try (OutputStream out = entry.apply("Review " + review.lifterName() + ".txt")) {
                    out.write((review.lifterName() + " on " + paper).getBytes(StandardCharsets.UTF_8));
                    if (review.lifterName().startsWith("Big")) {
                        // Noise that does not compress: the ZIP then spans several stored parts.
                        byte[] noise = new byte[BIG_REVIEW_BYTES];
                        new java.util.Random(review.lifterId()).nextBytes(noise);
                        out.write(noise);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
