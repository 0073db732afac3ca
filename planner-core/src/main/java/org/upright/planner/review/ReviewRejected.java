package org.upright.planner.review;

import java.io.Serial;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** A review request or note that cannot be served as asked; the reason says why. */
public class ReviewRejected extends Refusal {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReviewRejected(Text reason) {
        super(reason);
    }
}
