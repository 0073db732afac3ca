package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
import org.upright.planner.journal.internal.HabitBlockEntity;
import org.upright.planner.journal.internal.HabitBlockRepository;
import org.upright.planner.journal.internal.HabitTickEntity;
import org.upright.planner.journal.internal.HabitTickRepository;

/**
 * Habits (domain §4): at most two for a four-week block, ticked daily, with a streak. Choosing new
 * habits starts a new block today (ending the current one yesterday); on the block's first day the
 * choice can still be changed in place. Ticking is idempotent, so a double tap or two devices never
 * produce two ticks.
 */
@Service
public class HabitService {

    static final Text CHANGED_ELSEWHERE = Text.of("domain.refused.stale.habits");

    private final HabitBlockRepository blocks;
    private final HabitTickRepository ticks;
    private final UserToday userToday;

    HabitService(HabitBlockRepository blocks, HabitTickRepository ticks, UserToday userToday) {
        this.blocks = blocks;
        this.ticks = ticks;
        this.userToday = userToday;
    }

    /** The block running today and how it is going; empty when no habits are chosen. */
    @Transactional(readOnly = true)
    public Optional<HabitProgress> progress(@LifterId long lifterId) {
        LocalDate today = userToday.today(lifterId);
        return current(lifterId, today).map(block -> progress(lifterId, block.toBlock(), today));
    }

    /**
     * Chooses one or two habits (built-in labels from {@link Habit} or the lifter's own words) for
     * four weeks from today.
     *
     * @param expectedVersion the version of the block on screen, or {@link HabitBlock#NONE}
     */
    @Transactional
    public HabitProgress chooseHabits(
            @LifterId(Who.LIFTER_ONLY) long lifterId, List<String> habits, long expectedVersion) {
        List<String> chosen = validate(habits);
        LocalDate today = userToday.today(lifterId);
        Optional<HabitBlockEntity> running = current(lifterId, today);
        long currentVersion = running.map(HabitBlockEntity::version).orElse(HabitBlock.NONE);
        if (currentVersion != expectedVersion) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        HabitBlockEntity block;
        if (running.isPresent() && running.get().startsOn().equals(today)) {
            block = running.get();
            block.choose(chosen);
        } else {
            running.ifPresent(old -> old.endOn(today.minusDays(1)));
            block = new HabitBlockEntity(lifterId, today, today.plusDays(HabitBlock.DAYS - 1), chosen);
        }
        try {
            block = blocks.saveAndFlush(block);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        return progress(lifterId, block.toBlock(), today);
    }

    /** Ticks ({@code done}) or unticks a habit of the current block for a day of the block up to today. */
    @Transactional
    public HabitProgress tick(@LifterId(Who.LIFTER_ONLY) long lifterId, String habit, LocalDate date, boolean done) {
        LocalDate today = userToday.today(lifterId);
        HabitBlock block = current(lifterId, today)
                .map(HabitBlockEntity::toBlock)
                .orElseThrow(() -> new JournalEntryRejected(
                        JournalEntryRejected.HABITS, Text.of("domain.refused.journal.noHabits")));
        if (!block.habits().contains(habit)) {
            throw new JournalEntryRejected(JournalEntryRejected.HABITS, Text.of("domain.refused.journal.notYourHabit"));
        }
        if (date == null || date.isAfter(today) || !block.covers(date)) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.habitDay"));
        }
        Optional<HabitTickEntity> existing = ticks.findByLifterIdAndDateAndHabit(lifterId, date, habit);
        if (done && existing.isEmpty()) {
            try {
                ticks.saveAndFlush(new HabitTickEntity(lifterId, date, habit));
            } catch (DataIntegrityViolationException alreadyTickedElsewhere) {
                // the other tick won; the habit is ticked, which is what was asked
            }
        } else if (!done) {
            existing.ifPresent(tick -> {
                ticks.delete(tick);
                ticks.flush();
            });
        }
        return progress(lifterId, block, today);
    }

    private HabitProgress progress(long lifterId, HabitBlock block, LocalDate today) {
        LocalDate last = today.isBefore(block.endsOn()) ? today : block.endsOn();
        Map<String, List<LocalDate>> byHabit =
                ticks.findByLifterIdAndDateBetweenOrderByDateAsc(lifterId, block.startsOn(), last).stream()
                        .collect(Collectors.groupingBy(
                                HabitTickEntity::habit,
                                Collectors.mapping(HabitTickEntity::date, Collectors.toList())));
        List<HabitProgress.HabitStatus> statuses = new ArrayList<>();
        for (String habit : block.habits()) {
            List<LocalDate> days = byHabit.getOrDefault(habit, List.of());
            statuses.add(new HabitProgress.HabitStatus(
                    habit, days.contains(today), HabitStreak.of(days, today, block.startsOn()), days.size(), days));
        }
        return new HabitProgress(block, today, statuses);
    }

    private Optional<HabitBlockEntity> current(long lifterId, LocalDate today) {
        return blocks.findFirstByLifterIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnDesc(
                lifterId, today, today);
    }

    private static List<String> validate(List<String> habits) {
        if (habits == null) {
            throw new JournalEntryRejected(JournalEntryRejected.HABITS, Text.of("domain.refused.journal.pickHabits"));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String habit : habits) {
            String label = habit == null ? "" : habit.strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > Habit.MAX_LABEL_LENGTH) {
                throw new JournalEntryRejected(
                        JournalEntryRejected.HABITS,
                        Text.of("domain.refused.journal.habitTooLong", Habit.MAX_LABEL_LENGTH));
            }
            TypedText.problem(label).ifPresent(problem -> {
                throw new JournalEntryRejected(JournalEntryRejected.HABITS, problem);
            });
            chosen.add(label);
        }
        if (chosen.isEmpty()) {
            throw new JournalEntryRejected(JournalEntryRejected.HABITS, Text.of("domain.refused.journal.pickHabits"));
        }
        if (chosen.size() > HabitBlock.MAX_HABITS) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.HABITS, Text.of("domain.refused.journal.tooManyHabits"));
        }
        return List.copyOf(chosen);
    }
}
