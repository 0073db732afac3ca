package org.upright.planner.mail;

import java.util.Objects;

/**
 * A file sent with a mail, such as a review PDF. It is stored with the mail in the outbox, so the
 * node that sends the mail need not be the one that made the file.
 *
 * @param fileName the name the reader sees and saves it under
 * @param contentType its MIME type, e.g. {@code application/pdf}
 * @param bytes the file (copied in and out: a record does not protect an array)
 */
public record Attachment(String fileName, String contentType, byte[] bytes) {

    public static final String PDF = "application/pdf";

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes, without copying the file. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && fileName.equals(that.fileName)
                && contentType.equals(that.contentType)
                && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
