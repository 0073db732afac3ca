package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;

/**
 * §3.2 Thoracic warm-up. Every session with upper-body working sets needs a thoracic mobility drill
 * before its first such set: a {@code WARNING} per session without one, resolved by thoracic
 * rotation (1 × 10 per side) at the start of the warm-up.
 *
 * <p>The recommended shoulder-blade activation drill in the warm-up is reported as a single
 * {@code INFO} finding for the week listing every session without one (one note, not a pile of
 * them), and only for {@code STRENGTH} sessions: a back-care routine or mobility session is itself
 * gentle activation work. Suggested drill: band pull-apart, else scapular squeeze, else prone Y
 * raise — one set, at the end of the warm-up so it follows the mobility work.
 */
public final class ThoracicWarmUpRule implements BalanceRule {

    @Override
    public RuleId id() {
        return RuleId.THORACIC_WARM_UP;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<SessionFacts> lifting = context.facts().upperBodySessions();
        if (lifting.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        SuggestionKit kit = context.kit("tw");
        for (SessionFacts s : lifting) {
            if (!s.thoracicBeforeUpperBody()) {
                List<Suggestion> fix = SuggestionKit.hasRoomFor(s.session(), 1)
                        ? kit.thoracicWarmUp(s.session(), s.date()).stream().toList()
                        : List.of();
                Text message = Text.of("domain.balance.thoracic.missing", Wording.session(s.session(), s.date()));
                if (fix.isEmpty() && SuggestionKit.hasThoracicDrillUpTo(s.session(), BlockType.COOL_DOWN)) {
                    // a second line of the same drill would only repeat it: moving it is the fix
                    message = Wording.sentences(List.of(message, Text.of("domain.balance.thoracic.move")));
                }
                findings.add(new Finding(
                        id(), Severity.WARNING, message, List.of(s.session().id()), fix));
            }
        }
        activationNote(context, lifting, kit).ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> activationNote(RuleContext context, List<SessionFacts> lifting, SuggestionKit kit) {
        List<SessionFacts> without = lifting.stream()
                .filter(s -> s.session().kind() == SessionKind.STRENGTH && !s.scapularActivationInWarmUp())
                .toList();
        if (without.isEmpty()) {
            return Optional.empty();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (SessionFacts s : without) {
            // room for the drill and, if it is also missing, the thoracic rotation
            int room = s.thoracicBeforeUpperBody() ? 1 : 2;
            Optional<Exercise> drill = activationDrill(kit, s.session());
            if (drill.isPresent() && SuggestionKit.hasRoomFor(s.session(), room)) {
                Dose oneSet = drill.get().defaultDose().withSets(1);
                suggestions.add(
                        kit.append(s.session(), s.date(), BlockType.WARM_UP, kit.prescription(drill.get(), oneSet)));
            }
        }
        return Optional.of(new Finding(
                id(),
                Severity.INFO,
                Text.of("domain.balance.thoracic.activation", without.size()),
                without.stream().map(s -> s.session().id()).toList(),
                suggestions));
    }

    /** Band pull-apart, else scapular squeeze, else prone Y raise: the first the session does not hold yet. */
    private static Optional<Exercise> activationDrill(SuggestionKit kit, Session session) {
        for (String slug :
                List.of(CatalogSlugs.BAND_PULL_APART, CatalogSlugs.SCAPULAR_SQUEEZE, CatalogSlugs.PRONE_Y_RAISE)) {
            Optional<Exercise> drill =
                    kit.usable(slug).filter(e -> SuggestionKit.line(session, e).isEmpty());
            if (drill.isPresent()) {
                return drill;
            }
        }
        return Optional.empty();
    }
}
