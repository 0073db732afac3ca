package org.upright.planner.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Texts;
import org.upright.planner.report.Words;

/**
 * Charts are drawn into the PDF in Liberation Sans alone (JFreeChart measures with it, and the PDF
 * font mapper hands the same face over), so a character of a chart's words that Liberation lacks
 * would be dropped. No word of the {@code reports} bundle, in any language, and no number Upright
 * formats (French percent included) may use such a character.
 */
class ChartWordsFitTheChartFontTest {

    @Test
    void everyCharacterOfTheReportsBundleIsInTheChartFont() throws IOException {
        ReportFonts fonts = ReportFonts.get();
        List<String> missing = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/reports" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundle.forEach((key, value) -> value.toString()
                    .codePoints()
                    .filter(cp -> !fonts.pdfRegular().charExists(cp)
                            || !fonts.pdfBold().charExists(cp))
                    .forEach(cp -> missing.add(language + " " + key + ": U+" + Integer.toHexString(cp))));
            Words.percent(75, language)
                    .codePoints()
                    .filter(cp -> !fonts.pdfRegular().charExists(cp))
                    .forEach(cp -> missing.add(language + " percent: U+" + Integer.toHexString(cp)));
        }
        assertThat(missing).isEmpty();
    }
}
