package org.upright.planner.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.CoachingRepository;
import org.upright.planner.account.internal.LifterProfileEntity;
import org.upright.planner.account.internal.LifterProfileRepository;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.StaleEditException;

/** A lifter's training profile and targets, and each person's own display preferences. */
@Service
public class ProfileService {

    private final LifterProfileRepository profiles;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final CoachingRepository coaching;

    ProfileService(
            LifterProfileRepository profiles,
            AccountRepository accounts,
            CurrentUser currentUser,
            CoachingRepository coaching) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.coaching = coaching;
    }

    /** The lifter's profile; a lifter who never saved one has the defaults. */
    @Transactional(readOnly = true)
    public TrainingProfile profileOf(@LifterId long lifterId) {
        return profiles.findById(lifterId).map(LifterProfileEntity::toProfile).orElseGet(TrainingProfile::defaults);
    }

    /** Profiles of many lifters in one query (defaults for those who never saved one). */
    @Transactional(readOnly = true)
    public Map<Long, TrainingProfile> profilesOf(@LifterId Collection<Long> lifterIds) {
        Map<Long, TrainingProfile> result = new HashMap<>();
        lifterIds.forEach(id -> result.put(id, TrainingProfile.defaults()));
        profiles.findAllById(lifterIds).forEach(p -> result.put(p.accountId(), p.toProfile()));
        return result;
    }

    /**
     * Saves a changed profile. The change must start from the version the caller read.
     *
     * @throws StaleEditException when someone else saved the profile in between
     */
    @Transactional
    public TrainingProfile update(@LifterId long lifterId, TrainingProfile changed) {
        SignedInAccount me = currentUser.require();
        LifterProfileEntity entity = profiles.findById(lifterId).orElse(null);
        long current = entity == null ? TrainingProfile.NEVER_SAVED : entity.version();
        if (current != changed.version()) {
            throw new StaleEditException("This profile was changed by someone else. Reload to see their change.");
        }
        TrainingProfile before = entity == null ? TrainingProfile.defaults() : entity.toProfile();
        boolean targetsChanged = !Objects.equals(before.pushPullTarget(), changed.pushPullTarget())
                || !Objects.equals(before.mobilityTarget(), changed.mobilityTarget());
        if (targetsChanged && me.is(Role.LIFTER) && hasCoach(lifterId)) {
            throw new AccessDeniedException("Your coach sets your targets. Ask them to change these.");
        }
        if (entity == null) {
            entity = new LifterProfileEntity(lifterId);
        }
        entity.apply(changed);
        return profiles.saveAndFlush(entity).toProfile();
    }

    /** Whether the lifter currently works with a coach (who then sets their targets). */
    @Transactional(readOnly = true)
    public boolean hasCoach(@LifterId long lifterId) {
        return coaching.findByLifterIdAndEndedAtIsNull(lifterId).isPresent();
    }

    /** The caller's own unit for reading loads. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WeightUnit myWeightUnit() {
        return accounts.findById(currentUser.require().id())
                .map(a -> a.weightUnit())
                .orElse(WeightUnit.KG);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyWeightUnit(WeightUnit unit) {
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.changeWeightUnit(unit));
    }
}
