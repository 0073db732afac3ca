package org.upright.planner.report;

import java.util.List;
import java.util.Objects;

/**
 * Small input checks for the review's value model. Every message names the field so that a bad
 * mapping from the core's review is easy to find.
 */
final class Require {

    private Require() {}

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static String text(String value, String field, int maxLength) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return length(value.strip(), field, maxLength);
    }

    /** Blank optional texts become {@code null}, so "no coach" has exactly one representation. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return length(value.strip(), field, maxLength);
    }

    private static String length(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxLength + " characters (was " + value.length() + ")");
        }
        return value;
    }

    static int atLeastZero(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
        }
        return value;
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    static Integer optionalBetween(Integer value, int min, int max, String field) {
        return value == null ? null : between(value, min, max, field);
    }

    static Double optionalBetween(Double value, double min, double max, String field) {
        if (value == null) {
            return null;
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + " must be between " + fmt(min) + " and " + fmt(max) + " (was " + value + ")");
        }
        return value;
    }

    static Double optionalNonNegative(Double value, String field) {
        if (value == null) {
            return null;
        }
        if (!(value >= 0) || value.isInfinite()) {
            throw new IllegalArgumentException(field + " must be a number of 0 or more (was " + value + ")");
        }
        return value;
    }

    static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be greater than 0 (was " + value + ")");
        }
        return value;
    }

    /** An immutable copy; a null list means "none", null elements are refused with the field name. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] is required");
            }
        }
        return List.copyOf(values);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
