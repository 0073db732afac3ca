package org.upright.planner.review;

import java.io.Serial;

/** A review request or note that cannot be served as asked; the message says why in plain words. */
public class ReviewRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReviewRejected(String message) {
        super(message);
    }
}
