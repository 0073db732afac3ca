package org.upright.planner.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * Measures how long a warm six-week review takes to render (not a test: timings belong to a quiet
 * machine, not to CI). From the repository root, with JAVA_HOME on a JDK 21+:
 *
 * <pre>
 * ./mvnw -B -o -q -pl planner-reports -am test-compile
 * ./mvnw -B -o -q -pl planner-reports -am dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp planner-reports/target/test-classes:planner-reports/target/classes:$(cat /tmp/cp.txt) \
 *     org.upright.planner.report.RenderTiming 1000 1000
 * </pre>
 *
 * Prints the median and the 90th percentile of single renders after a warm-up.
 */
public final class RenderTiming {

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ReviewPdf pdf = new ReviewPdf();
        ReviewSheet sheet = SampleReviews.sixWeeks().build();
        long bytes = 0;
        for (int i = 0; i < warmUp; i++) {
            bytes += pdf.render(sheet).length;
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes += pdf.render(sheet).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "six-week review, %d warm-up + %d timed renders: median %.2f ms, p90 %.2f ms, min %.2f ms,"
                        + " %d KB per PDF (checksum %d)%n",
                warmUp,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[runs * 9 / 10] / 1e6,
                nanos[0] / 1e6,
                pdf.render(sheet).length / 1024,
                bytes % 997);
    }
}
