package org.upright.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.account.AccountSummary;

/**
 * The six kinds of caller an access matrix tries — the lifter, their current coach, another
 * lifter, another coach, a former coach, nobody signed in — and the one check every operation
 * must pass: allowed callers get through, everyone else is refused.
 */
public final class AccessCast {

    public enum Actor {
        OWNER,
        COACH,
        OTHER_LIFTER,
        OTHER_COACH,
        FORMER_COACH,
        ANONYMOUS
    }

    private final People people;
    public final AccountSummary owner;
    public final AccountSummary coach;
    public final AccountSummary otherLifter;
    public final AccountSummary otherCoach;
    public final AccountSummary formerCoach;

    private AccessCast(People people) {
        this.people = people;
        owner = people.lifter("Owner Lifter");
        coach = people.coach("Current Coach");
        otherLifter = people.lifter("Other Lifter");
        otherCoach = people.coach("Other Coach");
        formerCoach = people.coach("Former Coach");
        people.coaches(coach, owner, false);
        people.coaches(formerCoach, owner, true);
        people.coaches(otherCoach, otherLifter, false);
    }

    /** Creates the five people and links the current, the former and the other coach. */
    public static AccessCast create(People people) {
        return new AccessCast(people);
    }

    /** Runs {@code call} as {@code actor}; it must succeed exactly when the actor is allowed. */
    public void check(Actor actor, Set<Actor> allowed, String operation, Supplier<Object> call) {
        if (actor == Actor.ANONYMOUS) {
            assertThat(catchThrowable(call::get))
                    .as(operation + " as " + actor)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
            return;
        }
        AccountSummary who = who(actor);
        if (allowed.contains(actor)) {
            assertThatCode(() -> people.as(who, call))
                    .as(operation + " as " + actor)
                    .doesNotThrowAnyException();
        } else {
            assertThat(catchThrowable(() -> people.as(who, call)))
                    .as(operation + " as " + actor)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * The lifter-scoped method an operation exercises: the last one it calls (its arguments are
     * worked out first), found by running it once as the first actor allowed to.
     */
    public String targetOf(String operation, Set<Actor> allowed, Supplier<Object> call) {
        AccountSummary who = who(allowed.stream().sorted().findFirst().orElseThrow());
        List<String> calls = GuardedCalls.during(() -> people.as(who, call));
        assertThat(calls).as(operation + " calls no lifter-scoped method").isNotEmpty();
        return calls.getLast();
    }

    /**
     * The lifter-scoped public bean methods of the given features (see {@link PublicBeanMethods}):
     * what a matrix must have a row for. The journal's matrix takes {@link #JOURNAL_FEATURES}, the
     * other matrix the rest, so that together they cover every one.
     */
    public static Set<String> lifterScopedMethods(ApplicationContext context, Predicate<String> feature) {
        return PublicBeanMethods.lifterScoped(context).stream()
                .filter(m -> feature.test(m.feature()))
                .map(PublicBeanMethods.BeanMethod::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static final Set<String> JOURNAL_FEATURES = Set.of("journal", "safety");

    private AccountSummary who(Actor actor) {
        return switch (actor) {
            case OWNER -> owner;
            case COACH -> coach;
            case OTHER_LIFTER -> otherLifter;
            case OTHER_COACH -> otherCoach;
            case FORMER_COACH -> formerCoach;
            case ANONYMOUS -> throw new IllegalStateException("nobody signed in is never allowed");
        };
    }
}
