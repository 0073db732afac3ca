package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.upright.planner.testsupport.UserFacingLiterals;

/**
 * Nothing the review PDF, the routine card, the charts or the download names say is an English
 * literal in Java (issue 13): every word comes from the {@code reports} bundle in the reader's
 * language.
 */
class NoWordsInThePdfCodeTest {

    /** Where text becomes PDF (OpenPDF), a chart (JFreeChart) or a file name in this module. */
    static final UserFacingLiterals SCAN = UserFacingLiterals.none()
            .alsoConstructors(
                    "Phrase",
                    "Chunk",
                    "Paragraph",
                    "PdfString",
                    "JFreeChart",
                    "TextTitle",
                    "CategoryTextAnnotation",
                    "XYSeries",
                    "Measure",
                    "Figure",
                    "Finding",
                    "Recommendation")
            .alsoCalls(
                    "phrase",
                    "paragraph",
                    "cell",
                    "addHeading",
                    "addParagraph",
                    "addLine",
                    "addTitle",
                    "addSubject",
                    "addValue",
                    "setNoDataMessage",
                    "legendBox",
                    "legendLine",
                    "chart",
                    "safe",
                    "finding",
                    "recommendation");

    @Test
    void everyWordThePdfsPrintComesFromTheReportsBundle() {
        assertThat(SCAN.in(Path.of("src/main/java"))).isEmpty();
    }
}
