package org.sidebyside.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates synthetic published facts from the real ones, in SQL: each new fact joins parts
 * of two real statements, takes a real fact's company, topic, search context and quotes, and
 * one citation copied from a real one. The words and their frequencies therefore follow the
 * fact base, which is what makes search timings on them meaningful.
 *
 * <p>The SQL is {@code bench/generate-facts.sql}, which the page benchmark runs through psql,
 * so both benchmarks measure the same generated facts.
 */
final class FactGenerator {

    static final String SCRIPT = "bench/generate-facts.sql";

    private FactGenerator() {
    }

    static void generate(JdbcTemplate jdbc, int count) {
        String sql = Arrays.stream(read().split("\n")).filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n")).replace(":count", Integer.toString(count));
        for (String statement : sql.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement.strip().replaceAll(";$", ""));
            }
        }
    }

    /** The script, found from the working directory (the repository or one of its modules). */
    private static String read() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(SCRIPT);
            if (Files.isRegularFile(script)) {
                try {
                    return Files.readString(script);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(SCRIPT + " not found above " + Path.of("").toAbsolutePath());
    }
}
