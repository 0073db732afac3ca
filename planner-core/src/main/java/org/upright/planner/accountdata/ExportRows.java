package org.upright.planner.accountdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one lifter's rows of one table as a JSON array of objects or as CSV, row by row as the
 * database hands them out. Dates are ISO dates, moments ISO instants in UTC, so the files read the
 * same whoever opens them; JSON documents stored in a column stay JSON in the JSON file.
 */
final class ExportRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ExportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void json(PersonalTables.Export table, long lifterId, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(new KeptOpen(out))) {
            json.writeStartArray();
            each(table, lifterId, (columns, values) -> {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    Object value = values.get(i);
                    json.writeName(column);
                    if (value == null) {
                        json.writeNull();
                    } else if (table.jsonColumns().contains(column)) {
                        json.writeTree(JSON.readValue((String) value, JsonNode.class));
                    } else if (value instanceof Boolean b) {
                        json.writeBoolean(b);
                    } else if (value instanceof Integer n) {
                        json.writeNumber(n);
                    } else if (value instanceof Long n) {
                        json.writeNumber(n);
                    } else if (value instanceof Double n) {
                        json.writeNumber(n);
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    void csv(PersonalTables.Export table, long lifterId, Writer out) {
        // The header comes from the query's columns, so a table without rows still says what it holds.
        each(table, lifterId, columns -> line(out, columns), (columns, values) -> line(out, values));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void each(PersonalTables.Export table, long lifterId, RowWriter writer) {
        each(table, lifterId, columns -> {}, writer);
    }

    private void each(
            PersonalTables.Export table,
            long lifterId,
            java.util.function.Consumer<List<String>> header,
            RowWriter writer) {
        jdbc.query(
                table.sql(),
                (org.springframework.jdbc.core.ResultSetExtractor<Void>) rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = names(meta);
                    header.accept(names);
                    while (rs.next()) {
                        List<Object> values = new ArrayList<>(names.size());
                        for (int i = 1; i <= names.size(); i++) {
                            values.add(value(rs, meta, i));
                        }
                        writer.row(names, values);
                    }
                    return null;
                },
                lifterId);
    }

    private static List<String> names(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }

    private static Object value(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
        Object value = switch (meta.getColumnType(i)) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case Types.INTEGER, Types.SMALLINT -> rs.getObject(i, Integer.class);
            case Types.BIGINT -> rs.getObject(i, Long.class);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getObject(i, Double.class);
            case Types.BOOLEAN, Types.BIT -> rs.getObject(i, Boolean.class);
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : value;
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF lines. */
    private static void line(Writer out, List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object field = fields.get(i);
                String text = field == null ? "" : field.toString();
                if (text.indexOf(',') >= 0
                        || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(text.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(text);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void row(List<String> columns, List<Object> values) throws SQLException;
    }
}
