package org.upright.planner.review;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * How a review becomes a printed file, for the bulk download. The core prepares the reviews and
 * stores the ZIP; the printing lives with the PDFs (planner-reports, wired in by the application).
 */
public interface ReviewPrinting {

    /** The download's file name for reviews of the weeks from {@code firstWeek} to {@code lastWeek}. */
    String zipName(LocalDate firstWeek, LocalDate lastWeek);

    /**
     * Prints {@code review} on {@code paper} (a paper size's name) into the stream that {@code entry}
     * opens for the file name it is given.
     */
    void print(LifterReview review, String paper, Function<String, OutputStream> entry);

    /**
     * One review printed in memory, to be mailed. A null {@code paper} is the client's usual paper
     * (no one is at a screen to choose when a review is sent by itself).
     */
    default Printed printOne(LifterReview review, String paper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] name = new String[1];
        print(review, paper, fileName -> {
            name[0] = fileName;
            return bytes;
        });
        return new Printed(name[0], bytes.toByteArray());
    }

    /** A printed review: its file name and its bytes. */
    record Printed(String fileName, byte[] bytes) {}
}
