package org.upright.planner.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.planner.common.Text;

class BalanceScoreTest {

    private static List<Finding> findings(int alerts, int warnings, int infos) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < alerts; i++) {
            list.add(new Finding(
                    RuleId.PUSH_PULL_RATIO, Severity.ALERT, Text.of("domain.test.a"), List.of(), List.of()));
        }
        for (int i = 0; i < warnings; i++) {
            list.add(new Finding(
                    RuleId.THORACIC_WARM_UP, Severity.WARNING, Text.of("domain.test.w"), List.of(), List.of()));
        }
        for (int i = 0; i < infos; i++) {
            list.add(new Finding(
                    RuleId.BREATHING_PRACTICE, Severity.INFO, Text.of("domain.test.i"), List.of(), List.of()));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} alerts, {1} warnings, {2} notes → {3}")
    @CsvSource({
        "0, 0, 0, 100",
        "0, 0, 5, 100",
        "1, 0, 0, 75",
        "0, 1, 0, 90",
        "2, 3, 1, 20",
        "4, 0, 0, 0",
        "3, 3, 0, 0", // 100 - 75 - 30 = -5 → floored
        "0, 10, 0, 0"
    })
    void hundredMinusTwentyFivePerAlertAndTenPerWarningNeverBelowZero(int alerts, int warnings, int infos, int score) {
        assertThat(BalanceScore.of(findings(alerts, warnings, infos))).isEqualTo(score);
    }
}
