package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One review stays small enough to mail: the fonts are embedded as subsets, and a face is embedded
 * only when the review uses it. The sizes are printed for the closing note (issue 13).
 */
class ReviewPdfSizeTest {

    @Test
    void aTypicalReviewStaysWellUnderOneMegabyte() {
        byte[] pdf = new ReviewPdf().render(SampleReviews.sixWeeks().build());
        System.out.println("[size] typical six-week review: " + pdf.length + " bytes");
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void aReviewWithEveryScriptStaysUnderOneMegabyte() {
        byte[] pdf = new ReviewPdf()
                .render(SampleReviews.sixWeeks()
                        .lifterName("Zoë Ωμέγα Юлия דוד ليلى 王小明 さくら 김민준 💪")
                        .coachNote("שמור על השכמות למטה. حافظ على لوحي الكتف. 肩胛骨向后向下。 어깨뼈를 내리고 👍🙂")
                        .build());
        System.out.println("[size] six-week review with every script: " + pdf.length + " bytes");
        assertThat(pdf.length).isLessThan(1_000_000);
    }
}
