package org.upright.planner.report;

import java.text.Normalizer;

/**
 * File names for downloads and ZIP entries made from people's names: any script is kept, but
 * characters that some file system or browser refuses are replaced, and the length is capped.
 */
public final class FileNames {

    /** Well below every file system's limit, with room for a numbered suffix. */
    static final int MAX_LENGTH = 120;

    private FileNames() {}

    /** {@code text} as a file name (without extension); never blank. */
    public static String safe(String text) {
        String cleaned = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
        cleaned = cleaned.replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH))
                    .strip();
        }
        return cleaned.isEmpty() ? "review" : cleaned;
    }
}
