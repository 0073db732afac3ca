package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.upright.planner.balance.BalanceMetrics;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.Ranges;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Suggestion;
import org.upright.planner.balance.Targets;
import org.upright.planner.common.Quantities;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The week's balance beside the plan: the figures against their targets, the score, and every
 * finding in plain words with a button that applies its fix. Redrawn after every edit.
 */
class BalancePanel extends Div {

    private final Consumer<Finding> applyOne;
    private final Runnable applyAll;

    BalancePanel(Consumer<Finding> applyOne, Runnable applyAll) {
        this.applyOne = applyOne;
        this.applyAll = applyAll;
        addClassName("balance-panel");
        setId("balance-panel");
    }

    void show(PlannedWeek week) {
        removeAll();
        BalanceReport report = week.report();
        BalanceMetrics m = report.metrics();
        Targets targets = week.targets();

        H3 heading = new H3(getTranslation("planner.balance.title"));
        // Paused (a red flag is open): no score, so that a clean "100 / 100" never reads as "all is well".
        Span score = new Span(
                week.paused()
                        ? getTranslation("ui.week.paused")
                        : getTranslation("planner.balance.score", Integer.toString(report.score())));
        score.addClassName("balance-score");
        score.setId("balance-score");
        add(heading, figure(getTranslation("planner.balance.scoreLabel"), score));

        add(figure(
                getTranslation("planner.balance.pushPull"),
                ratio(
                        "balance-push-pull",
                        m.pushPullRatio(),
                        targets.pushPullRatio(),
                        report.has(RuleId.PUSH_PULL_RATIO)),
                getTranslation(
                        "planner.balance.pushPull.hint",
                        number(targets.pushPullRatio()),
                        number(m.pushSets()),
                        number(m.pullSets()))));
        add(figure(
                getTranslation("planner.balance.horizontal"),
                ratio(
                        "balance-horizontal",
                        m.horizontalRatio(),
                        targets.pushPullRatio(),
                        report.has(RuleId.PUSH_PULL_RATIO)),
                getTranslation("planner.balance.horizontal.hint")));
        long lifting = m.thoracicWarmUps().size();
        long warmed = m.thoracicWarmUps().stream()
                .filter(BalanceMetrics.WarmUpCheck::hadThoracicWarmUp)
                .count();
        add(figure(
                getTranslation("planner.balance.warmUp"),
                status(
                        "balance-warm-up",
                        lifting == 0
                                ? getTranslation("planner.balance.warmUp.noLifting")
                                : getTranslation(
                                        "planner.balance.warmUp.count", Long.toString(warmed), Long.toString(lifting)),
                        warmed == lifting),
                getTranslation("planner.balance.warmUp.hint")));
        add(figure(
                getTranslation("planner.balance.mobility"),
                status(
                        "balance-mobility",
                        m.mobilitySessions() + " / "
                                + Ranges.of(targets.mobilitySessionsMin(), targets.mobilitySessionsMax()),
                        m.mobilitySessions() >= targets.mobilitySessionsMin()),
                getTranslation("planner.balance.mobility.hint")));
        add(figure(
                getTranslation("planner.balance.scapular"),
                status(
                        "balance-scapular",
                        m.scapularStrengthDays() + " / " + targets.scapularStrengthDays(),
                        m.scapularStrengthDays() >= targets.scapularStrengthDays()),
                getTranslation("planner.balance.scapular.hint")));
        if (week.profile().upperBackCare()) {
            add(figure(
                    getTranslation("planner.balance.routine"),
                    status(
                            "balance-routine",
                            m.routineDays() + " / " + targets.routineDays(),
                            m.routineDays() >= targets.routineDays()),
                    getTranslation("planner.balance.routine.hint")));
            add(figure(
                    getTranslation("planner.balance.breathing"),
                    status(
                            "balance-breathing",
                            m.breathingDays() + " / " + targets.breathingDays(),
                            m.breathingDays() >= targets.breathingDays()),
                    null));
        }

        Div findings = new Div();
        findings.addClassName("balance-findings");
        findings.setId("balance-findings");
        if (report.findings().isEmpty()) {
            findings.add(new Paragraph(getTranslation("planner.balance.balanced")));
        }
        for (Finding finding : report.findings()) {
            findings.add(finding(finding));
        }
        add(findings);
        if (report.findings().stream().anyMatch(f -> !f.suggestions().isEmpty())) {
            Button all = new Button(getTranslation("planner.balance.applyAll"), click -> applyAll.run());
            all.addThemeVariants(ButtonVariant.PRIMARY);
            all.setId("apply-all");
            add(all);
        }
        Paragraph disclaimer = new Paragraph(ReaderText.render(Disclaimer.TEXT));
        disclaimer.addClassName("upright-disclaimer");
        add(disclaimer);
    }

    private Div finding(Finding finding) {
        Div box = new Div();
        box.addClassNames("finding", "finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
        box.setId("finding-" + finding.rule().name() + "-" + String.join("-", finding.sessionIds()));
        box.getElement().setAttribute("data-rule", finding.rule().name());
        Span badge = new Span(ReaderText.label(finding.severity()));
        badge.addClassName("finding-badge");
        box.add(badge, new Paragraph(ReaderText.render(finding.message())));
        if (!finding.suggestions().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            for (Suggestion s : finding.suggestions()) {
                steps.add(new ListItem(ReaderText.render(s.description())));
            }
            Button apply = new Button(getTranslation("planner.balance.apply"), click -> applyOne.accept(finding));
            apply.addThemeVariants(ButtonVariant.SMALL);
            apply.getElement().setAttribute("data-rule", finding.rule().name());
            apply.addClassName("apply-finding");
            box.add(steps, apply);
        }
        return box;
    }

    private static Div figure(String label, Span value) {
        return figure(label, value, null);
    }

    private static Div figure(String label, Span value, String hint) {
        Div row = new Div();
        row.addClassName("balance-figure");
        Span name = new Span(label);
        name.addClassName("balance-label");
        row.add(name, value);
        if (hint != null) {
            Span small = new Span(hint);
            small.addClassName("balance-hint");
            row.add(small);
        }
        return row;
    }

    private Span ratio(String id, OptionalDouble ratio, double target, boolean flagged) {
        if (ratio.isEmpty()) {
            return status(id, getTranslation("planner.balance.noPressing"), true);
        }
        return status(id, "1 : " + number(ratio.getAsDouble()), !flagged && ratio.getAsDouble() >= target);
    }

    private static Span status(String id, String text, boolean ok) {
        Span value = new Span(text);
        value.setId(id);
        value.addClassNames("balance-value", ok ? "balance-ok" : "balance-short");
        return value;
    }

    /** A figure in the reader's notation: "1.5" / "1,5", at most two decimals. */
    static String number(double value) {
        return Quantities.number(value, ReaderText.locale());
    }
}
