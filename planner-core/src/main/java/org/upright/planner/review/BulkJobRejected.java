package org.upright.planner.review;

import java.io.Serial;

/** A bulk download that cannot start as asked; the message says why in plain words. */
public class BulkJobRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BulkJobRejected(String message) {
        super(message);
    }
}
