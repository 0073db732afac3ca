package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.common.Texts;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.SafetyLevel;
import org.upright.planner.report.SafetyStatus;
import org.upright.planner.report.WeekRow;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.week.WeekLabels;

/** The review screens on the server, without a browser, against the real database. */
@UiTest
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    ProfileService profiles;

    TestPeople people;
    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void aCoachedLifterWithFourPlannedWeeks() {
        people = new TestPeople(accounts, coaching);
        lifter = people.create("Łucja Þórsdóttir", Role.LIFTER);
        coach = people.create("Review Coach", Role.COACH);
        people.link(coach, lifter);
        ReviewData.balancedWeeks(plans, lifter, 4);
        ReviewData.pressOnly(plans, lifter, ReviewData.LAST_COMPLETE.minusWeeks(4));
    }

    @Test
    void theLifterSeesTheLastCompleteFourWeeksWithChartsTableAdviceAndDisclaimer() {
        TestPeople.signIn(lifter);

        navigate(MyReviewView.class);

        assertThat(text("review-title")).isEqualTo("Review for Łucja Þórsdóttir");
        assertThat(text("review-period")).contains(" to ").endsWith("coach Review Coach");
        assertThat(weeks())
                .hasSize(4)
                .allSatisfy(w -> assertThat(w.plannedSessions()).isEqualTo(5));
        assertThat(select("review-ending").getValue()).isEqualTo(ReviewData.LAST_COMPLETE);
        List<Div> charts = $(Div.class).withClassName("review-chart").all();
        assertThat(charts)
                .hasSize(5)
                .allSatisfy(chart -> assertThat(chart.getElement().getProperty("innerHTML"))
                        .startsWith("<svg")
                        .contains("viewBox"));
        assertThat(charts.getFirst().getElement().getAttribute("aria-label")).isEqualTo("Push and pull sets per week");
        assertThat($(Div.class).withId("review-safety").single().getClassNames())
                .contains("level-clear");
        assertThat(adviceKinds()).contains("TIME_FRAME");
        assertThat(text("review-disclaimer")).isEqualTo(Texts.render(Disclaimer.TEXT, Locale.ENGLISH));
        assertThat($(TextArea.class).all()).as("only the coach writes a note").isEmpty();
        assertThat($(Select.class).withId("review-language").all())
                .as("a lifter's PDF is in their own language")
                .isEmpty();
    }

    @Test
    void choosingSixWeeksOpensTheLongerReviewWithThePressOnlyWeekInIt() {
        TestPeople.signIn(lifter);
        navigate(MyReviewView.class);

        test(select("review-weeks-count")).selectItem("6 weeks");

        assertThat(weeks()).hasSize(6);
        assertThat(weeks().get(1).pushSets()).isPositive();
        assertThat(weeks().get(1).pullSets()).isZero();
        assertThat(weeks().getFirst().plannedSessions())
                .as("nothing planned that week")
                .isZero();
        assertThat(weeks().getFirst().balanceScore()).isNull();
    }

    @Test
    void theDownloadedPdfIsTheReviewOnTheChosenPaper() {
        TestPeople.signIn(lifter);
        navigate(MyReviewView.class);
        test(paper()).selectItem("US Letter");
        Pdfs.Read pdf = download();

        assertThat(pdf.text())
                .contains("Łucja Þórsdóttir", "Review Coach")
                .contains(WeekLabels.urlParameter(ReviewData.LAST_COMPLETE))
                .contains("What to do next", "Give it time")
                .contains("not a diagnosis");
        assertThat(pdf.pageSizes()).allSatisfy(size -> assertThat(size).containsExactly(612f, 792f));
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.images()).isZero();
        assertThat(pdf.forms()).as("the five charts as vector forms").isGreaterThanOrEqualTo(5);

        navigate(MyReviewView.class);
        assertThat(paper().getValue()).as("the choice is remembered").isEqualTo(PaperSize.LETTER);
    }

    @Test
    void theCoachsSavedNoteIsInThePdfAndTheLifterReadsIt() {
        TestPeople.signIn(coach);
        navigate("clients/" + lifter.id() + "/review", ClientReviewView.class);
        TextArea note = $(TextArea.class).withId("review-note-text").single();

        test(note).setValue("Ελένη says hi.\n\nRows first, then presses — well done, Łucja!");
        test($(Button.class).withId("save-review-note").single()).click();

        assertThat(note.isInvalid()).isFalse();
        assertThat(download().text()).contains("A note from your coach, Review Coach", "Rows first, then presses");
        TestPeople.signIn(lifter);
        navigate(MyReviewView.class);
        assertThat($(Div.class).withId("review-note").single().getElement().getTextRecursively())
                .contains("A note from your coach, Review Coach")
                .contains("Ελένη says hi.")
                .contains("well done, Łucja!");
    }

    @Test
    void theCoachPrintsTheReviewInTheClientsLanguageUnlessTheyChooseAnother() {
        TestPeople.as(lifter, () -> profiles.changeMyLanguage(Locale.GERMAN));
        TestPeople.signIn(coach);
        navigate("clients/" + lifter.id() + "/review", ClientReviewView.class);
        Select<Locale> language = select("review-language");

        assertThat(text("review-title"))
                .as("the screen speaks the coach's language")
                .isEqualTo("Review for Łucja Þórsdóttir");
        assertThat(language.getValue()).isEqualTo(Locale.GERMAN);
        assertThat(download().text()).contains("TRAININGSAUSWERTUNG").doesNotContain("What to do next");

        test(language).selectItem("Français");

        assertThat(download().text()).contains("BILAN D’ENTRAÎNEMENT");
    }

    @Test
    void aNoteThatIsTooLongIsRefusedAtTheFieldAndStaysAsTyped() {
        TestPeople.signIn(coach);
        navigate("clients/" + lifter.id() + "/review", ClientReviewView.class);
        TextArea note = $(TextArea.class).withId("review-note-text").single();
        String overlong = "Keep going. ".repeat(ReviewNote.MAX_LENGTH / 12 + 1);

        test(note).setValue(overlong);
        test($(Button.class).withId("save-review-note").single()).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("20,000");
        assertThat(note.getValue()).isEqualTo(overlong);
    }

    @Test
    void aCoachCannotOpenTheReviewOfSomeoneWhoIsNotTheirClient() {
        AccountSummary stranger = people.create("Sam Stranger", Role.LIFTER);
        TestPeople.signIn(coach);

        Component shown = navigate("clients/" + stranger.id() + "/review", Component.class);

        assertThat(shown).isNotInstanceOf(ClientReviewView.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientReviewView.class);
    }

    @Test
    void aLifterCannotOpenTheCoachsReviewRouteEvenForThemselvesNorACoachTheLiftersOwn() {
        TestPeople.signIn(lifter);
        navigate("clients/" + lifter.id() + "/review", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientReviewView.class);

        TestPeople.signIn(coach);
        navigate("review", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MyReviewView.class);
    }

    @Test
    void aWeekStillToComeInTheAddressIsExplainedAndThePickersStayUsable() {
        TestPeople.signIn(lifter);

        navigate("review/2099-W01", MyReviewView.class);

        assertThat(text("review-error")).contains("has not started yet");
        test(select("review-ending"))
                .selectItem(select("review-ending").getItemLabelGenerator().apply(ReviewData.LAST_COMPLETE));
        assertThat(weeks()).hasSize(4);
    }

    @Test
    void anOpenRedFlagIsShownAsAnAlertAboveEverythingElse() {
        Div box = (Div) ReviewSections.safety(
                new SafetyStatus(SafetyLevel.STOP, List.of("Urgent: get emergency care now. This is urgent.")),
                Locale.ENGLISH);

        assertThat(box.getClassNames()).contains("level-stop");
        assertThat(box.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(box.getElement().getTextRecursively())
                .contains("RED FLAG: see a medical professional now")
                .contains("Your plan is paused")
                .contains("emergency care");
    }

    private Pdfs.Read download() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).withId("download-review").single()).download(out);
        return Pdfs.read(out.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private List<WeekRow> weeks() {
        Grid<WeekRow> grid = $(Grid.class).withId("review-weeks").single();
        return grid.getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<PaperSize> paper() {
        return $(RadioButtonGroup.class).withId("review-paper").single();
    }

    private List<String> adviceKinds() {
        return $(Component.class)
                .withId("review-advice")
                .single()
                .getElement()
                .getChildren()
                .flatMap(list -> list.getChildren())
                .map(item -> item.getAttribute("data-kind"))
                .toList();
    }

    private String text(String id) {
        return $(Component.class).withId(id).single().getElement().getTextRecursively();
    }
}
