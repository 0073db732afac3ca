package org.upright.planner.accountdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;

/**
 * A table added later that holds a lifter's rows must say whether the lifter takes it with them:
 * every table with a lifter column is exported or listed, with its reason, as not exported.
 */
@DatabaseTest
class PersonalTablesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableWithALifterColumnIsExportedOrSaysWhyNot() {
        List<String> withLifter = jdbc.queryForList(
                "select distinct table_name from information_schema.columns"
                        + " where table_schema = current_schema() and column_name in ('lifter_id', 'account_id')",
                String.class);
        Set<String> decided = new TreeSet<>(PersonalTables.NOT_EXPORTED);
        PersonalTables.LIFTER.forEach(t -> decided.add(t.table()));

        assertThat(decided).containsAll(withLifter);
    }
}
