package org.upright.planner.exercise;

import java.util.Set;

/**
 * Who is reading the catalogue, and so whose own exercises they see. Answered by the account
 * feature ({@code account.CoachingLinks}); declared here so that the catalogue does not depend on
 * accounts (accounts already depend on the catalogue's equipment list, and modules must not form
 * a cycle).
 */
public interface CatalogAudience {

    /**
     * The signed-in caller.
     *
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     */
    Reader currentReader();

    /**
     * The caller as the catalogue sees them.
     *
     * @param accountId the caller's account
     * @param coach whether the caller coaches (and may add exercises)
     * @param currentCoachId a lifter's current coach, {@code null} for coaches and self-coached
     *     lifters
     */
    record Reader(long accountId, boolean coach, Long currentCoachId) {

        /**
         * Whose own exercises this reader sees: a coach sees their own, a lifter their current
         * coach's (a former coach's entries disappear from the picker when the coaching ends),
         * a self-coached lifter none.
         */
        public Set<Long> visibleOwners() {
            if (coach) {
                return Set.of(accountId);
            }
            return currentCoachId == null ? Set.of() : Set.of(currentCoachId);
        }
    }
}
