package org.upright.planner.accountdata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose {@code close} only flushes. The export hands streams to writers (a CSV printer, a
 * PDF printer, the ZIP itself) that close what they are given; the ZIP entry or the download's
 * response stream underneath must stay open for what comes next.
 */
final class KeptOpen extends FilterOutputStream {

    KeptOpen(OutputStream out) {
        super(out);
    }

    // FilterOutputStream writes byte by byte by default.
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
