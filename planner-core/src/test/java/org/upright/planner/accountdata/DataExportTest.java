package org.upright.planner.accountdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.safety.PainTiming;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Download my data": unzipped and read back, it holds what the lifter saved, and only that. */
@DatabaseTest
class DataExportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataExport export;

    @Autowired
    People people;

    @Autowired
    LifterRecords records;

    @Autowired
    WeekPlanService plans;

    @Autowired
    CheckInService checkIns;

    @Test
    void theZipHoldsEveryPlanLogCheckInHabitAndReviewNoteAsJsonAndCsvWithTheReviews() throws IOException {
        AccountSummary lifter = people.lifter("Ada Export");
        AccountSummary coach = people.coach("Cora Coach");
        people.coaches(coach, lifter, false);
        records.keepOneOfEach(lifter, coach);
        LocalDate today = LocalDate.now();
        LocalDate week = Weeks.startOf(today);
        LocalDate reviewed = ReviewPeriod.lastCompleteWeek(today);

        AccountSummary stranger = people.lifter("Stan Stranger");
        people.as(stranger, () -> {
            plans.addSession(
                    stranger.id(), week, PlannedWeek.NOT_SAVED, today, SessionKind.MOBILITY, "Stranger's stretch");
            checkIns.checkIn(
                    stranger.id(), new PainEntry(today, PainTiming.BEFORE, 7, null, "stranger's pain", null), Set.of());
        });

        Map<String, byte[]> zip = people.as(lifter, () -> exportOf(lifter));

        assertThat(zip).containsKey("upright-my-data/README.txt");
        JsonNode account = json(zip, "account").get(0);
        assertThat(account.get("email").asString()).isEqualTo(lifter.email());
        assertThat(account.get("display_name").asString()).isEqualTo("Ada Export");
        assertThat(account.has("password_hash")).isFalse();

        JsonNode plan = json(zip, "plans");
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("week_start").asString()).isEqualTo(week.toString());
        // the plan is the stored JSON document, not a string holding it
        assertThat(plan.get(0).get("content").isObject()).isTrue();
        assertThat(plan.get(0).get("content").toString()).contains(LifterRecords.SESSION, CatalogSlugs.DUMBBELL_ROW);

        JsonNode log = json(zip, "session-logs");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("status").asString()).isEqualTo("DONE");
        assertThat(log.get(0).get("title").asString()).isEqualTo(LifterRecords.SESSION);

        JsonNode pain = json(zip, "pain-check-ins");
        assertThat(pain).hasSize(1);
        assertThat(pain.get(0).get("score").asInt()).isEqualTo(LifterRecords.PAIN);
        assertThat(pain.get(0).get("note").asString()).isEqualTo(LifterRecords.PAIN_NOTE);
        assertThat(pain.get(0).get("check_in_date").asString()).isEqualTo(today.toString());

        assertThat(json(zip, "habits").get(0).get("first_habit").asString()).isEqualTo(LifterRecords.HABIT);
        assertThat(json(zip, "habit-ticks").get(0).get("tick_date").asString()).isEqualTo(today.toString());
        JsonNode reviewNote = json(zip, "review-notes").get(0);
        assertThat(reviewNote.get("note").asString()).isEqualTo(LifterRecords.REVIEW_NOTE);
        assertThat(reviewNote.get("author_name").asString()).isEqualTo("Cora Coach");
        assertThat(json(zip, "coaches").get(0).get("coach").asString()).isEqualTo("Cora Coach");

        // The CSV says the same, quotes and line breaks included (RFC 4180).
        List<Map<String, String>> painCsv = csv(zip, "pain-check-ins");
        assertThat(painCsv).hasSize(1);
        assertThat(painCsv.getFirst())
                .containsEntry("note", LifterRecords.PAIN_NOTE)
                .containsEntry("score", String.valueOf(LifterRecords.PAIN));
        assertThat(csv(zip, "plans").getFirst().get("content")).contains(LifterRecords.SESSION);
        assertThat(csv(zip, "session-logs").getFirst()).containsEntry("status", "DONE");
        // a table without rows still has its header
        assertThat(new String(zip.get("upright-my-data/csv/professional-clearances.csv"), StandardCharsets.UTF_8))
                .startsWith("cleared_on,note,recorded_at");

        // One review for the week the coach wrote a note, printed by the application's printer.
        assertThat(zip.keySet())
                .filteredOn(name -> name.startsWith("upright-my-data/reviews/"))
                .singleElement()
                .asString()
                .contains(reviewed.toString());

        // Nothing of the other lifter, anywhere.
        zip.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(name)
                .doesNotContain("Stranger", "stranger", stranger.email()));
    }

    @Test
    void onlyTheLifterThemselfMayTakeTheirData() {
        AccountSummary lifter = people.lifter("Owen Own");
        AccountSummary coach = people.coach("Carl Coach");
        people.coaches(coach, lifter, false);
        AccountSummary other = people.lifter("Otto Other");

        for (AccountSummary caller : List.of(coach, other)) {
            assertThatThrownBy(() -> people.as(caller, () -> exportOf(lifter)))
                    .as(caller.displayName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> exportOf(lifter))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    Map<String, byte[]> exportOf(AccountSummary lifter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(lifter.id(), "A4", Locale.ENGLISH, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    static JsonNode json(Map<String, byte[]> zip, String file) {
        byte[] bytes = zip.get("upright-my-data/json/" + file + ".json");
        assertThat(bytes).as(file).isNotNull();
        return JSON.readTree(bytes);
    }

    /** A small RFC 4180 reader: the test must not trust the writer's own idea of quoting. */
    static List<Map<String, String>> csv(Map<String, byte[]> zip, String file) {
        String text = new String(zip.get("upright-my-data/csv/" + file + ".csv"), StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        List<String> header = lines.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
