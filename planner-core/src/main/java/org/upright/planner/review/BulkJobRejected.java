package org.upright.planner.review;

import java.io.Serial;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** A bulk download that cannot start as asked; the reason says why. */
public class BulkJobRejected extends Refusal {

    @Serial
    private static final long serialVersionUID = 1L;

    public BulkJobRejected(Text reason) {
        super(reason);
    }
}
