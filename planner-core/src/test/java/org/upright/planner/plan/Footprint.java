package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;

/**
 * Test helper: what one person's edits did to a week — the sessions and exercises they created,
 * removed, renamed, re-dosed or moved — so a test can check that all of it is still true of a
 * later week. That is what "never overwrite someone else's work" means, made checkable.
 */
final class Footprint {

    private record SessionAt(LocalDate date, Session session) {}

    private record LineAt(String sessionId, BlockType block, Prescription line) {}

    private final Map<String, SessionAt> sessionsBefore;
    private final Map<String, SessionAt> sessionsAfter;
    private final Map<String, LineAt> linesBefore;
    private final Map<String, LineAt> linesAfter;

    private Footprint(WeekPlan before, WeekPlan after) {
        sessionsBefore = sessions(before);
        sessionsAfter = sessions(after);
        linesBefore = lines(before);
        linesAfter = lines(after);
    }

    static Footprint of(WeekPlan before, WeekPlan after) {
        return new Footprint(before, after);
    }

    /**
     * Checks {@code week} still shows this footprint: everything created is there, everything
     * removed is gone, every changed field has the new value, and everything moved that is still
     * in the week is where it was moved to (something moved may since have been removed by the
     * person who created it).
     */
    void holdsIn(WeekPlan week, String whose) {
        Map<String, SessionAt> sessions = sessions(week);
        Map<String, LineAt> lines = lines(week);
        sessionsAfter.forEach((id, now) -> {
            SessionAt was = sessionsBefore.get(id);
            SessionAt result = sessions.get(id);
            if (was == null) {
                assertThat(result).as(whose + " session " + id + " created").isNotNull();
                return;
            }
            if (was.session().kind() != now.session().kind()) {
                assertThat(result).as(whose + " session " + id + " re-kinded").isNotNull();
                assertThat(result.session().kind())
                        .as(whose + " kind of " + id)
                        .isEqualTo(now.session().kind());
            }
            if (!was.session().title().equals(now.session().title())) {
                assertThat(result).as(whose + " session " + id + " renamed").isNotNull();
                assertThat(result.session().title())
                        .as(whose + " title of " + id)
                        .isEqualTo(now.session().title());
            }
            if (!was.date().equals(now.date()) && result != null) {
                assertThat(result.date()).as(whose + " day of " + id).isEqualTo(now.date());
            }
        });
        sessionsBefore.keySet().stream()
                .filter(id -> !sessionsAfter.containsKey(id))
                .forEach(id -> assertThat(sessions)
                        .as(whose + " removed session " + id)
                        .doesNotContainKey(id));
        linesAfter.forEach((id, now) -> {
            LineAt was = linesBefore.get(id);
            LineAt result = lines.get(id);
            if (was == null || !was.line().exercise().equals(now.line().exercise())) {
                assertThat(result).as(whose + " exercise " + id + " created").isNotNull();
                return;
            }
            field(was, now, result, whose + " sets/reps of " + id, Prescription::dose);
            field(was, now, result, whose + " load of " + id, Prescription::loadKg);
            field(was, now, result, whose + " effort of " + id, Prescription::effort);
            field(was, now, result, whose + " note of " + id, Prescription::note);
            boolean moved = !was.sessionId().equals(now.sessionId()) || was.block() != now.block();
            if (moved && result != null) {
                assertThat(result.sessionId() + "/" + result.block())
                        .as(whose + " place of " + id)
                        .isEqualTo(now.sessionId() + "/" + now.block());
            }
        });
        linesBefore.keySet().stream()
                .filter(id -> !linesAfter.containsKey(id))
                .forEach(id ->
                        assertThat(lines).as(whose + " removed exercise " + id).doesNotContainKey(id));
    }

    private static void field(LineAt was, LineAt now, LineAt result, String what, Function<Prescription, ?> value) {
        if (!Objects.equals(value.apply(was.line()), value.apply(now.line()))) {
            assertThat(result).as(what).isNotNull();
            assertThat(value.apply(result.line())).as(what).isEqualTo(value.apply(now.line()));
        }
    }

    private static Map<String, SessionAt> sessions(WeekPlan week) {
        Map<String, SessionAt> map = new HashMap<>();
        for (PlanDay day : week.days()) {
            day.sessions().forEach(s -> map.put(s.id(), new SessionAt(day.date(), s)));
        }
        return map;
    }

    private static Map<String, LineAt> lines(WeekPlan week) {
        Map<String, LineAt> map = new HashMap<>();
        week.sessions()
                .forEach(s -> s.blocks()
                        .forEach(b ->
                                b.prescriptions().forEach(p -> map.put(p.id(), new LineAt(s.id(), b.type(), p)))));
        return map;
    }
}
