package org.upright.planner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The cluster outage tests rely on: stopping it refuses connections, restarting keeps the data. */
class PostgresClusterTest {

    @Test
    void aStoppedClusterRefusesConnectionsAndComesBackWithItsDataOnTheSamePort() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            try (Connection connection = connect(cluster)) {
                connection.createStatement().execute("create table kept (note varchar(20))");
                connection.createStatement().execute("insert into kept values ('still here')");
            }

            cluster.stop();
            assertThat(cluster.isRunning()).isFalse();
            assertThatThrownBy(() -> connect(cluster).close())
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));

            cluster.restart();
            try (Connection connection = connect(cluster);
                    var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    private static Connection connect(PostgresCluster cluster) throws SQLException {
        return DriverManager.getConnection(cluster.jdbcUrl(), cluster.username(), cluster.password());
    }
}
