package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.Optional;
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

    /** Thoracic rotation inserted first in the warm-up of {@code session}, if the catalogue has it. */
    Optional<Suggestion> thoracicWarmUp(Session session, LocalDate date) {
        return usable(CatalogSlugs.THORACIC_ROTATION).map(rotation -> {
            Prescription p = prescription(rotation, THORACIC_WARM_UP_DOSE);
            return new Suggestion.AddPrescription(
                    session.id(),
                    BlockType.WARM_UP,
                    0,
                    p,
                    "Start the warm-up of " + Wording.session(session, date) + " with " + rotation.name() + ", "
                            + p.dose().describe() + ".");
        });
    }

    /** A prescription appended to {@code block} of an existing session, described in plain words. */
    Suggestion append(Session session, LocalDate date, BlockType block, Prescription p) {
        return new Suggestion.AddPrescription(
                session.id(),
                block,
                Suggestion.AddPrescription.AT_END,
                p,
                "Add " + p.exercise().name() + ", " + p.dose().describe() + ", to the end of the " + blockName(block)
                        + " of " + Wording.session(session, date) + ".");
    }

    static String blockName(BlockType block) {
        return switch (block) {
            case WARM_UP -> "warm-up";
            case MAIN -> "main part";
            case ACCESSORY -> "accessory work";
            case COOL_DOWN -> "cool-down";
        };
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
