package org.sidebyside.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What the packaged seed files hold, counted from the files themselves, for exact assertions. */
public final class SeedFacts {

    private SeedFacts() {
    }

    /** How many facts the packaged seed files define (entries starting {@code - key:}). */
    public static int count() {
        return keys().size();
    }

    /** The keys of the facts the packaged seed files define. */
    public static List<String> keys() {
        return entries("  - key: ");
    }

    /** The keys of the disagreements in the packaged {@code disagreements.yml}, in order. */
    public static List<String> disagreementKeys() {
        return entries("classpath*:seeds/disagreements.yml", "  - key: ");
    }

    /** Each merged key ({@code formerly: [...]}) with the key of the fact that absorbed it. */
    public static java.util.Map<String, String> formerly() {
        try {
            java.util.Map<String, String> merged = new java.util.LinkedHashMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/facts/*.yml")) {
                String key = null;
                for (String line : file.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
                    if (line.startsWith("  - key: ")) {
                        key = line.substring("  - key: ".length()).strip();
                    } else if (line.startsWith("    formerly: [") && key != null) {
                        String survivor = key;
                        java.util.Arrays.stream(line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).split(","))
                                .map(String::strip).filter(k -> !k.isEmpty()).forEach(k -> merged.put(k, survivor));
                    }
                }
            }
            return merged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slugs of the glossary's terms in the packaged {@code glossary.yml}, in order. */
    public static List<String> glossarySlugs() {
        return entries("classpath*:seeds/glossary.yml", "    slug: ");
    }

    /** How many facts the packaged seed files give as a market's context ({@code market:}). */
    public static int marketFacts() {
        return entries("    market: ").size();
    }

    /** How many citations the packaged seed files give (entries starting {@code - source:} under a fact). */
    public static int citations() {
        return entries("      - source: ").size();
    }

    private static List<String> entries(String start) {
        return entries("classpath*:seeds/facts/*.yml", start);
    }

    private static List<String> entries(String files, String start) {
        try {
            List<String> values = new ArrayList<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(files)) {
                file.getContentAsString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(start))
                        .forEach(line -> values.add(line.substring(start.length()).strip()));
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("no \"" + start.strip() + "\" entries in " + files);
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
