package org.upright.planner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/**
 * The demo coach's two clients and their last three weeks and this one, planned through the same
 * services a person uses (signed in as that person), so the demo can never hold data the app itself could not make.
 * Alex trains with upper-back care and follows the balanced templates; Sam presses a lot and rows
 * little, so the planner has something to point out.
 */
@Component
class DemoWeeks {

    private final WeekPlanService plans;
    private final ProfileService profiles;
    private final CoachingService coaching;
    private final DemoJournal journal;
    private final Clock clock;

    DemoWeeks(
            WeekPlanService plans,
            ProfileService profiles,
            CoachingService coaching,
            DemoJournal journal,
            Clock clock) {
        this.journal = journal;
        this.plans = plans;
        this.profiles = profiles;
        this.coaching = coaching;
        this.clock = clock;
    }

    void plan(List<AccountSummary> people) {
        linkCoachAndLifters(people);
        LocalDate thisWeek = Weeks.startOf(LocalDate.now(clock));
        for (AccountSummary person : people) {
            if (person.role() != Role.LIFTER) {
                continue;
            }
            boolean alex = person.email().startsWith("alex");
            as(person, () -> {
                TrainingProfile current = profiles.profileOf(person.id());
                profiles.update(
                        person.id(),
                        new TrainingProfile(
                                alex,
                                alex
                                        ? Set.of(
                                                Equipment.RESISTANCE_BAND,
                                                Equipment.FOAM_ROLLER,
                                                Equipment.BARBELL,
                                                Equipment.CABLE,
                                                Equipment.PULL_UP_BAR,
                                                Equipment.DUMBBELL)
                                        : Set.of(Equipment.BARBELL, Equipment.BENCH, Equipment.DUMBBELL),
                                null,
                                null,
                                current.version()));
                for (int weeksAgo = 3; weeksAgo >= 0; weeksAgo--) {
                    LocalDate monday = thisWeek.minusWeeks(weeksAgo);
                    if (alex) {
                        PlannedWeek week = plans.applyTemplate(
                                person.id(),
                                monday,
                                PlannedWeek.NOT_SAVED,
                                BuiltInTemplates.BALANCED_THREE_DAY,
                                ExistingSessions.KEEP);
                        plans.applyTemplate(
                                person.id(),
                                monday,
                                week.version(),
                                BuiltInTemplates.BACK_CARE_ROUTINE,
                                ExistingSessions.KEEP);
                    } else {
                        pressHeavyWeek(person, monday, weeksAgo == 0);
                    }
                }
                journal.write(person, alex);
                return null;
            });
        }
    }

    /** The demo coach invites both demo lifters and they accept, as real people would. */
    private void linkCoachAndLifters(List<AccountSummary> people) {
        AccountSummary coach =
                people.stream().filter(p -> p.role() == Role.COACH).findFirst().orElseThrow();
        for (AccountSummary lifter : people) {
            if (lifter.role() == Role.LIFTER) {
                String code = as(coach, () -> coaching.invite(lifter.email()).code());
                as(lifter, () -> coaching.accept(code));
            }
        }
    }

    private void pressHeavyWeek(AccountSummary sam, LocalDate monday, boolean withRows) {
        PlannedWeek week = plans.addSession(
                sam.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Chest and shoulders");
        String chest = week.plan().sessions().findFirst().orElseThrow().id();
        for (String slug : List.of(CatalogSlugs.BENCH_PRESS, CatalogSlugs.INCLINE_PRESS, CatalogSlugs.DIPS)) {
            week = plans.addExercise(sam.id(), monday, week.version(), chest, BlockType.MAIN, slug);
        }
        week = plans.addSession(
                sam.id(), monday, week.version(), monday.plusDays(3), SessionKind.STRENGTH, "Arms and press");
        String press = week.plan()
                .day(monday.plusDays(3))
                .orElseThrow()
                .sessions()
                .getFirst()
                .id();
        week = plans.addExercise(sam.id(), monday, week.version(), press, BlockType.MAIN, CatalogSlugs.OVERHEAD_PRESS);
        week = plans.addExercise(sam.id(), monday, week.version(), press, BlockType.MAIN, CatalogSlugs.PUSH_UP);
        if (withRows) {
            plans.addExercise(sam.id(), monday, week.version(), press, BlockType.ACCESSORY, CatalogSlugs.DUMBBELL_ROW);
        }
    }

    private static <T> T as(AccountSummary person, Supplier<T> work) {
        var principal = new SignedInAccount(person.id(), person.email(), person.displayName(), person.role(), null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
