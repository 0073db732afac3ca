package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.Optional;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/**
 * What rules use to build suggestions: exercises the lifter can actually do, fresh ids, and the
 * thoracic warm-up that goes with any upper-body work a suggestion brings into a session.
 */
final class SuggestionKit {

    /** The §3.2 drill: thoracic rotation, one set of ten per side. */
    static final Dose THORACIC_WARM_UP_DOSE = Dose.repsPerSide(1, 10, 10);

    private final RuleContext context;
    private final SuggestionIds ids;

    SuggestionKit(RuleContext context, SuggestionIds ids) {
        this.context = context;
        this.ids = ids;
    }

    /** The exercise with {@code slug} if the lookup has it and the lifter has what it needs. */
    Optional<Exercise> usable(String slug) {
        return context.lookup().find(slug).filter(context.profile()::canDo);
    }

    /** The first of {@code slugs}, in order of preference, that the lifter can do. */
    Optional<Exercise> firstUsable(String... slugs) {
        for (String slug : slugs) {
            Optional<Exercise> found = usable(slug);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    String newId() {
        return ids.next();
    }

    Prescription prescription(Exercise exercise, Dose dose) {
        return Prescription.of(ids.next(), exercise, dose);
    }

    /** Thoracic drills for the start of a warm-up, in order of preference. */
    private static final String[] THORACIC_DRILLS = {
        CatalogSlugs.THORACIC_ROTATION, CatalogSlugs.CAT_COW, CatalogSlugs.THORACIC_EXTENSION_FOAM_ROLLER
    };

    /**
     * A thoracic drill inserted first in the warm-up of {@code session}: thoracic rotation, or —
     * when the session already holds rotation later on, which must not get a second line — the next
     * thoracic drill the lifter can do.
     */
    Optional<Suggestion> thoracicWarmUp(Session session, LocalDate date) {
        for (String slug : THORACIC_DRILLS) {
            Optional<Exercise> drill = usable(slug)
                    .filter(e -> e.weightFor(MovementPattern.THORACIC_MOBILITY) > 0)
                    .filter(e -> line(session, e).isEmpty());
            if (drill.isPresent()) {
                Exercise e = drill.get();
                Dose dose = slug.equals(CatalogSlugs.THORACIC_ROTATION)
                        ? THORACIC_WARM_UP_DOSE
                        : e.defaultDose().withSets(1);
                Prescription p = prescription(e, dose);
                return Optional.of(new Suggestion.AddPrescription(
                        session.id(),
                        BlockType.WARM_UP,
                        0,
                        p,
                        Text.of(
                                "domain.balance.warmUp.start",
                                Wording.session(session, date),
                                e.name(),
                                p.dose().text())));
            }
        }
        return Optional.empty();
    }

    /** The line of {@code exercise} in {@code session}, with its block, if there is one. */
    static Optional<Line> line(Session session, Exercise exercise) {
        for (Block block : session.blocks()) {
            for (Prescription p : block.prescriptions()) {
                if (p.exercise().slug().equals(exercise.slug())) {
                    return Optional.of(new Line(block.type(), p));
                }
            }
        }
        return Optional.empty();
    }

    /** A prescription and the block it stands in. */
    record Line(BlockType block, Prescription prescription) {

        boolean counts() {
            return block.holdsWorkingSets();
        }

        int sets() {
            return prescription.dose().sets();
        }
    }

    /**
     * More sets of {@code line}, instead of a second line of the same exercise in the session
     * (domain §3, "Coordinated fixes").
     */
    Suggestion raise(Session session, LocalDate date, Line line, int extraSets) {
        Prescription p = line.prescription();
        int to = p.dose().sets() + extraSets;
        return new Suggestion.ChangeSets(
                session.id(),
                p.id(),
                p.dose().sets(),
                to,
                Text.of(
                        "domain.balance.raise",
                        to,
                        p.dose().sets(),
                        p.exercise().name(),
                        Wording.session(session, date)));
    }

    /** A prescription appended to {@code block} of an existing session, described in plain words. */
    Suggestion append(Session session, LocalDate date, BlockType block, Prescription p) {
        return new Suggestion.AddPrescription(
                session.id(),
                block,
                Suggestion.AddPrescription.AT_END,
                p,
                Text.of(
                        "domain.balance.append",
                        p.exercise().name(),
                        p.dose().text(),
                        blockName(block),
                        Wording.session(session, date)));
    }

    /** The block as it reads inside a sentence ("the end of the accessory work"). */
    static Text blockName(BlockType block) {
        return Text.of("domain.balance.block." + block.name());
    }

    /** Whether a thoracic drill stands anywhere up to and including {@code block}. */
    static boolean hasThoracicDrillUpTo(Session session, BlockType block) {
        return session.blocks().stream()
                .filter(b -> b.type().compareTo(block) <= 0)
                .flatMap(b -> b.prescriptions().stream())
                .anyMatch(p -> p.exercise().weightFor(MovementPattern.THORACIC_MOBILITY) > 0);
    }

    static boolean hasRoomFor(Session session, int prescriptions) {
        return session.prescriptions().count() + prescriptions <= Session.MAX_PRESCRIPTIONS;
    }
}
