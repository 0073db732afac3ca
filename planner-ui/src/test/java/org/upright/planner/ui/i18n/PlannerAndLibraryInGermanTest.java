package org.upright.planner.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.library.ExerciseLibraryView;
import org.upright.planner.ui.week.MyWeekView;

/**
 * Issue 13: a lifter whose browser asks for German reads the week planner — its header, days,
 * session cards and the balance panel beside them — and the exercise library in German, dates and
 * numbers included, with no English left over.
 */
@UiTest
class PlannerAndLibraryInGermanTest extends SpringBrowserlessTest {

    /** Monday of ISO week 2026-W48; a fixed week, so the heading's dates are known. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    AccountSummary lifter;

    @BeforeEach
    void aGermanLifter() {
        lifter = new TestPeople(accounts, coaching).create("Greta Gerber", Role.LIFTER);
        TestPeople.signIn(lifter);
        UI.getCurrent().setLocale(Locale.GERMAN); // what Vaadin matched from Accept-Language: de-DE
    }

    @Test
    void theWeekAndItsBalanceReadInGerman() {
        PlannedWeek saved =
                plans.addSession(lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Drücken");
        String sessionId = saved.plan().sessions().findFirst().orElseThrow().id();
        plans.addExercise(lifter.id(), MONDAY, saved.version(), sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);

        MyWeekView view = navigate(MyWeekView.class, Map.of("week", "2026-W48"));

        assertThat(view.getPageTitle()).isEqualTo("Meine Woche · Upright");
        assertThat($view(H2.class).withId("week-title").single().getText())
                .isEqualTo("Greta Gerber · KW 48 · 23. Nov. – 29. Nov. 2026");
        assertThat($view(H3.class).all()).extracting(H3::getText).contains("Mo., 23.", "So., 29.");
        assertThat($view(Span.class).withClassName("session-kind").single().getText())
                .startsWith("Kraft · etwa ")
                .endsWith(" Min.");

        String balance =
                $view(Div.class).withId("balance-panel").single().getElement().getTextRecursively();
        assertThat(balance)
                .contains(
                        "Balance-Wert",
                        "Drücken : Ziehen",
                        "Ziel 1 : 1 · ",
                        " Sätze Drücken, 0 Sätze Ziehen",
                        "Aufwärmen der Brustwirbelsäule",
                        "Mobilitätseinheiten",
                        "Krafttage für den oberen Rücken");
        assertThat(balance)
                .doesNotContain("Balance score", "pull sets", "target", "Apply", "lifting sessions", "Nothing to fix");
        Div panel = $view(Div.class).withId("balance-panel").single();
        List<String> buttons =
                $(Button.class, panel).all().stream().map(Button::getText).toList();
        assertThat(buttons).contains("Anwenden", "Alle Korrekturen anwenden");
    }

    @Test
    void theExerciseLibraryReadsInGerman() {
        ExerciseLibraryView view = navigate(ExerciseLibraryView.class);

        assertThat(view.getPageTitle()).isEqualTo("Übungsbibliothek · Upright");
        assertThat($view(H2.class).first().getText()).isEqualTo("Übungsbibliothek");
        assertThat($view(Span.class).all()).extracting(Span::getText).anyMatch(t -> t.matches("\\d+ Übungen"));

        @SuppressWarnings("unchecked")
        Grid<Exercise> grid = $view(Grid.class).single();
        List<Exercise> rows = grid.getListDataView().getItems().toList();
        int rotation = rows.indexOf(rows.stream()
                .filter(e -> e.slug().equals(CatalogSlugs.THORACIC_ROTATION))
                .findFirst()
                .orElseThrow());
        test(grid).select(rotation);

        assertThat($view(DescriptionList.Term.class).all())
                .extracting(term -> term.getElement().getText())
                .contains("Standarddosierung", "Ausrüstung", "Hauptmuster");
        String details = $view(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(details).contains("1 × 10 je Seite", "1 Satz à 10 Wiederholungen, je Seite");
        assertThat($view(H4.class).all()).extracting(H4::getText).contains("So geht’s", "Pass auf dich auf");
        assertThat(details).doesNotContain("set of", "reps", "per side");
    }
}
