package org.sidebyside.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sidebyside.ImportOutcome;

/** What an import found and did (or, for a dry run or a rejected import, would have done). */
public final class ImportReport {

    /** The kinds of record an import loads, in the order it loads them. */
    public enum Kind {
        COMPANIES, TOPICS, SOURCES, FACTS, LISTS, STORIES, DISAGREEMENTS, GLOSSARY
    }

    /**
     * One record an import inserted or updated (or, in a dry run, would).
     *
     * @param fields for an updated fact, the fields that changed; otherwise empty
     */
    public record Change(Kind kind, String key, ImportOutcome outcome, List<String> fields) {

        @Override
        public String toString() {
            String record = kind.name().toLowerCase(java.util.Locale.ROOT) + " " + key + ": ";
            if (fields.size() == 1 && fields.get(0).startsWith(MERGED_INTO)) {
                return record + fields.get(0);
            }
            String what = record + (outcome == ImportOutcome.INSERTED ? "new" : "changed");
            return fields.isEmpty() ? what : what + " (" + String.join(", ", fields) + ")";
        }
    }

    /** Beyond this many changes (a first import) the summary counts them rather than listing each. */
    static final int CHANGES_LISTED = 100;
    private static final String MERGED_INTO = "merged into ";

    private final boolean dryRun;
    private final Map<Kind, Map<ImportOutcome, Integer>> counts = new EnumMap<>(Kind.class);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> keptEdits = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private int rejectedFacts;
    private int merged;

    ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
        for (Kind k : Kind.values()) {
            counts.put(k, new EnumMap<>(ImportOutcome.class));
        }
    }

    void record(Kind kind, ImportOutcome outcome) {
        counts.get(kind).merge(outcome, 1, Integer::sum);
    }

    /** Notes a record the import inserted or updated; other outcomes are only counted. */
    void changed(Kind kind, String key, ImportOutcome outcome, List<String> fields) {
        if (outcome == ImportOutcome.INSERTED || outcome == ImportOutcome.UPDATED) {
            changes.add(new Change(kind, key, outcome, List.copyOf(fields)));
        }
    }

    /** Notes a fact merged into another: its key now leads there. */
    void merged(String oldKey, String intoKey) {
        changes.add(new Change(Kind.FACTS, oldKey, ImportOutcome.UPDATED, List.of(MERGED_INTO + intoKey)));
        merged++;
    }

    /** How many facts were merged into others. */
    public int mergedFacts() {
        return merged;
    }

    /** Every record inserted or updated, in the order the import wrote them. */
    public List<Change> changesMade() {
        return List.copyOf(changes);
    }

    void keptEdit(String factKey) {
        keptEdits.add(factKey);
    }

    void reject(List<ImportProblem> found, int facts) {
        problems.addAll(found);
        rejectedFacts = facts;
        counts.values().forEach(Map::clear);
        keptEdits.clear();
        changes.clear();
        merged = 0;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Whether the import was (or, in a dry run, would be) applied. */
    public boolean isAccepted() {
        return problems.isEmpty();
    }

    /** Whether this import wrote to the database. */
    public boolean isApplied() {
        return isAccepted() && !dryRun;
    }

    public int count(Kind kind, ImportOutcome outcome) {
        return counts.get(kind).getOrDefault(outcome, 0);
    }

    public int rejectedFacts() {
        return rejectedFacts;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> keptEdits() {
        return List.copyOf(keptEdits);
    }

    /** Records inserted or updated, of all kinds. */
    public int changes() {
        int n = 0;
        for (Map<ImportOutcome, Integer> byOutcome : counts.values()) {
            n += byOutcome.getOrDefault(ImportOutcome.INSERTED, 0) + byOutcome.getOrDefault(ImportOutcome.UPDATED, 0);
        }
        return n + merged;
    }

    /** The summary printed by the import command and logged by the app. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(dryRun ? "Import dry run (nothing is written)" : "Import").append('\n');
        Map<Kind, String> names = new LinkedHashMap<>();
        names.put(Kind.COMPANIES, "companies");
        names.put(Kind.TOPICS, "topics");
        names.put(Kind.SOURCES, "sources");
        names.put(Kind.FACTS, "facts");
        names.put(Kind.LISTS, "lists");
        names.put(Kind.STORIES, "stories");
        names.put(Kind.DISAGREEMENTS, "disagreements");
        names.put(Kind.GLOSSARY, "glossary");
        String verb = dryRun ? "would be " : "";
        names.forEach((kind, name) -> {
            sb.append(String.format("  %-14s %4d inserted, %4d updated, %4d unchanged", name + ":",
                    count(kind, ImportOutcome.INSERTED), count(kind, ImportOutcome.UPDATED),
                    count(kind, ImportOutcome.UNCHANGED)));
            if (kind == Kind.FACTS) {
                sb.append(String.format(", %d kept (edited in the app), %d rejected, %d merged into others",
                        count(kind, ImportOutcome.KEPT_LOCAL_EDIT), rejectedFacts, merged));
            }
            sb.append('\n');
        });
        // a first import is counted above, not listed record by record
        if (!changes.isEmpty() && changes.size() <= CHANGES_LISTED) {
            sb.append(dryRun ? "What would change:\n" : "What changed:\n");
            changes.forEach(c -> sb.append("  ").append(c).append('\n'));
        }
        if (!keptEdits.isEmpty()) {
            sb.append("Facts edited in the app since their import, left as they are:\n");
            keptEdits.forEach(k -> sb.append("  ").append(k).append('\n'));
        }
        if (!problems.isEmpty()) {
            sb.append(problems.size()).append(problems.size() == 1 ? " problem:\n" : " problems:\n");
            problems.forEach(p -> sb.append("  ").append(p).append('\n'));
            sb.append("Nothing was written: fix the problems above and run the import again.\n");
        } else if (changes() == 0) {
            sb.append("No changes: the database already matches the seed files.\n");
        } else {
            sb.append(changes()).append(" records ").append(verb).append(dryRun ? "changed.\n" : "changed.\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
