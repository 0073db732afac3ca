package org.upright.planner.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.upright.planner.journal.HabitBlock;

/** Up to two habits for four weeks. Changed in place when habits are swapped on the first day. */
@Entity
@Table(name = "habit_block")
public class HabitBlockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "habit_block_seq")
    @SequenceGenerator(name = "habit_block_seq", sequenceName = "habit_block_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "first_habit", nullable = false)
    private String firstHabit;

    @Column(name = "second_habit")
    private String secondHabit;

    @Version
    private long version;

    protected HabitBlockEntity() {}

    public HabitBlockEntity(long lifterId, LocalDate startsOn, LocalDate endsOn, List<String> habits) {
        this.lifterId = lifterId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        choose(habits);
    }

    public final void choose(List<String> habits) {
        firstHabit = habits.get(0);
        secondHabit = habits.size() > 1 ? habits.get(1) : null;
    }

    public void endOn(LocalDate lastDay) {
        endsOn = lastDay;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public long version() {
        return version;
    }

    public HabitBlock toBlock() {
        List<String> habits = new ArrayList<>();
        habits.add(firstHabit);
        if (secondHabit != null) {
            habits.add(secondHabit);
        }
        return new HabitBlock(id, version, startsOn, endsOn, habits);
    }
}
