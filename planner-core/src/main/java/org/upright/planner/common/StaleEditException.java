package org.upright.planner.common;

/**
 * Someone else saved a newer version of what the caller was editing. Nothing was written; the
 * caller's edit is still theirs to re-apply after reloading.
 */
public class StaleEditException extends Refusal {

    public StaleEditException(Text reason) {
        super(reason);
    }
}
