package org.upright.planner.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.upright.planner.review.HabitTick;

/** A habit ticked on a day. Unticking deletes the row; ticking twice is refused by the database. */
@Entity
@Table(name = "habit_tick")
public class HabitTickEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "habit_tick_seq")
    @SequenceGenerator(name = "habit_tick_seq", sequenceName = "habit_tick_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "tick_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String habit;

    protected HabitTickEntity() {}

    public HabitTickEntity(long lifterId, LocalDate date, String habit) {
        this.lifterId = lifterId;
        this.date = date;
        this.habit = habit;
    }

    public LocalDate date() {
        return date;
    }

    public String habit() {
        return habit;
    }

    public HabitTick toTick() {
        return new HabitTick(date, habit);
    }
}
