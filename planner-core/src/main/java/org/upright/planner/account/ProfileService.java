package org.upright.planner.account;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.CoachingRepository;
import org.upright.planner.account.internal.LifterProfileEntity;
import org.upright.planner.account.internal.LifterProfileRepository;
import org.upright.planner.account.internal.ProfileWeekEntity;
import org.upright.planner.account.internal.ProfileWeekRepository;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/** A lifter's training profile and targets, and each person's own display preferences. */
@Service
public class ProfileService {

    private final LifterProfileRepository profiles;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final CoachingRepository coaching;
    private final ProfileWeekRepository history;
    private final UserToday userToday;

    /** The Monday from which the profile a lifter had before their first change holds (V14). */
    static final LocalDate SINCE_EVER = LocalDate.of(1970, 1, 5);

    ProfileService(
            LifterProfileRepository profiles,
            AccountRepository accounts,
            CurrentUser currentUser,
            CoachingRepository coaching,
            ProfileWeekRepository history,
            UserToday userToday) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.coaching = coaching;
        this.history = history;
        this.userToday = userToday;
    }

    /**
     * The profile in force in each of these weeks (Mondays): a change made in a week holds from that
     * week on, and earlier weeks keep what held then (domain §6).
     */
    @Transactional(readOnly = true)
    public Map<LocalDate, TrainingProfile> profilesInForce(@LifterId long lifterId, List<LocalDate> mondays) {
        TrainingProfile current = profileOf(lifterId);
        TreeMap<LocalDate, TrainingProfile> changes = new TreeMap<>();
        history.findByKeyLifterIdOrderByKeyFromWeek(lifterId)
                .forEach(row -> changes.put(row.fromWeek(), row.toProfile()));
        Map<LocalDate, TrainingProfile> result = new LinkedHashMap<>();
        for (LocalDate monday : mondays) {
            Map.Entry<LocalDate, TrainingProfile> inForce = changes.floorEntry(monday);
            result.put(monday, inForce == null ? current : inForce.getValue());
        }
        return result;
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
            throw new StaleEditException(Text.of("domain.refused.stale.profile"));
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
        TrainingProfile saved = profiles.saveAndFlush(entity).toProfile();
        if (judgedDifferently(before, saved)) {
            keepForTheWeeks(lifterId, before, saved);
        }
        return saved;
    }

    private static boolean judgedDifferently(TrainingProfile before, TrainingProfile after) {
        return before.upperBackCare() != after.upperBackCare()
                || !before.equipment().equals(after.equipment())
                || !Objects.equals(before.pushPullTarget(), after.pushPullTarget())
                || !Objects.equals(before.mobilityTarget(), after.mobilityTarget());
    }

    /**
     * Records that {@code after} holds from this week on, and — at the first change — that
     * {@code before} held until then, so that past weeks keep being judged by it. Inside the
     * profile's own transaction: the version check above and the table's primary key make a
     * racing change fail rather than leave two rows for a week.
     */
    private void keepForTheWeeks(long lifterId, TrainingProfile before, TrainingProfile after) {
        LocalDate thisWeek = userToday.thisWeek(lifterId);
        try {
            if (!history.existsByKeyLifterId(lifterId)) {
                history.save(new ProfileWeekEntity(lifterId, SINCE_EVER, before));
            }
            history.findById(new ProfileWeekEntity.Key(lifterId, thisWeek))
                    .ifPresentOrElse(
                            row -> row.hold(after),
                            () -> history.save(new ProfileWeekEntity(lifterId, thisWeek, after)));
            history.flush();
        } catch (DataIntegrityViolationException racedWithAnotherChange) {
            throw new StaleEditException(Text.of("domain.refused.stale.profile"));
        }
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

    /**
     * The language the caller reads Upright in, once chosen (or taken from the browser on the first
     * signed-in visit); always one Upright is written in.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return accounts.findById(currentUser.require().id())
                .flatMap(a -> a.language())
                .map(Texts::supported);
    }

    /** Stores the caller's language as the closest one Upright is written in, and returns that. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Locale changeMyLanguage(Locale language) {
        Locale supported = Texts.supported(language);
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.changeLanguage(supported));
        return supported;
    }

    /**
     * The language a lifter reads Upright in, for their coach to print the lifter's review in it;
     * English for a lifter who has not signed in since languages came.
     */
    @Transactional(readOnly = true)
    public Locale languageOf(@LifterId long lifterId) {
        return accounts.findById(lifterId)
                .flatMap(a -> a.language())
                .map(Texts::supported)
                .orElse(Texts.LANGUAGES.getFirst());
    }
}
