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
import org.upright.planner.balance.Severity;
import org.upright.planner.balance.Suggestion;
import org.upright.planner.balance.Targets;
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

        H3 heading = new H3("Balance");
        // Paused (a red flag is open): no score, so that a clean "100 / 100" never reads as "all is well".
        Span score = new Span(week.paused() ? "Paused" : report.score() + " / 100");
        score.addClassName("balance-score");
        score.setId("balance-score");
        add(heading, figure("Balance score", score));

        add(figure(
                "Push : pull",
                ratio(
                        "balance-push-pull",
                        m.pushPullRatio(),
                        targets.pushPullRatio(),
                        report.has(RuleId.PUSH_PULL_RATIO)),
                "target 1 : " + number(targets.pushPullRatio()) + " · " + number(m.pushSets()) + " push, "
                        + number(m.pullSets()) + " pull sets"));
        add(figure(
                "Horizontal push : pull",
                ratio(
                        "balance-horizontal",
                        m.horizontalRatio(),
                        targets.pushPullRatio(),
                        report.has(RuleId.PUSH_PULL_RATIO)),
                "rows and shoulder-blade work against chest pressing"));
        long lifting = m.thoracicWarmUps().size();
        long warmed = m.thoracicWarmUps().stream()
                .filter(BalanceMetrics.WarmUpCheck::hadThoracicWarmUp)
                .count();
        add(figure(
                "Thoracic warm-up",
                status(
                        "balance-warm-up",
                        lifting == 0 ? "no lifting sessions" : warmed + " of " + lifting,
                        warmed == lifting),
                "lifting sessions that start with upper-back mobility"));
        add(figure(
                "Mobility sessions",
                status(
                        "balance-mobility",
                        m.mobilitySessions() + " / "
                                + Ranges.of(targets.mobilitySessionsMin(), targets.mobilitySessionsMax()),
                        m.mobilitySessions() >= targets.mobilitySessionsMin()),
                "days with at least 10 minutes of mobility work"));
        add(figure(
                "Upper-back strength days",
                status(
                        "balance-scapular",
                        m.scapularStrengthDays() + " / " + targets.scapularStrengthDays(),
                        m.scapularStrengthDays() >= targets.scapularStrengthDays()),
                "days with two or more sets of rows or shoulder-blade work"));
        if (week.profile().upperBackCare()) {
            add(figure(
                    "Back-care routine days",
                    status(
                            "balance-routine",
                            m.routineDays() + " / " + targets.routineDays(),
                            m.routineDays() >= targets.routineDays()),
                    "10–20 minute routines"));
            add(figure(
                    "Breathing practice days",
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
            findings.add(new Paragraph("Nothing to fix: this week is balanced."));
        }
        for (Finding finding : report.findings()) {
            findings.add(finding(finding));
        }
        add(findings);
        if (report.findings().stream().anyMatch(f -> !f.suggestions().isEmpty())) {
            Button all = new Button("Apply all fixes", click -> applyAll.run());
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
        Span badge = new Span(severity(finding.severity()));
        badge.addClassName("finding-badge");
        box.add(badge, new Paragraph(ReaderText.render(finding.message())));
        if (!finding.suggestions().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            for (Suggestion s : finding.suggestions()) {
                steps.add(new ListItem(ReaderText.render(s.description())));
            }
            Button apply = new Button("Apply", click -> applyOne.accept(finding));
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

    private static Span ratio(String id, OptionalDouble ratio, double target, boolean flagged) {
        if (ratio.isEmpty()) {
            return status(id, "no pressing planned", true);
        }
        return status(id, "1 : " + number(ratio.getAsDouble()), !flagged && ratio.getAsDouble() >= target);
    }

    private static Span status(String id, String text, boolean ok) {
        Span value = new Span(text);
        value.setId(id);
        value.addClassNames("balance-value", ok ? "balance-ok" : "balance-short");
        return value;
    }

    static String number(double value) {
        double rounded = Math.round(value * 100.0) / 100.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ALERT -> "Needs attention";
            case WARNING -> "Worth fixing";
            case INFO -> "Tip";
        };
    }
}
