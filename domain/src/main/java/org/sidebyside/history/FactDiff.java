package org.sidebyside.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;

/** Field by field, how two snapshots of a fact differ. */
public final class FactDiff {

    /** One field in both versions; {@code changed} tells whether they differ. */
    public record Field(String name, String before, String after, boolean changed) {
    }

    private FactDiff() {
    }

    public static List<Field> between(FactSnapshot a, FactSnapshot b) {
        List<Field> fields = new ArrayList<>();
        FactContent x = a == null ? null : a.content();
        FactContent y = b == null ? null : b.content();
        add(fields, "status", a == null ? null : a.status(), b == null ? null : b.status());
        add(fields, "company", x == null ? null : x.companySlug() == null ? "both" : x.companySlug(),
                y == null ? null : y.companySlug() == null ? "both" : y.companySlug());
        add(fields, "topic", x == null ? null : x.topicSlug(), y == null ? null : y.topicSlug());
        add(fields, "kind", x == null ? null : x.kind(), y == null ? null : y.kind());
        add(fields, "statement", x == null ? null : x.statement(), y == null ? null : y.statement());
        add(fields, "value", x == null || x.value() == null ? null : x.value().toPlainString(),
                y == null || y.value() == null ? null : y.value().toPlainString());
        add(fields, "unit", x == null ? null : x.unit(), y == null ? null : y.unit());
        add(fields, "measure", x == null ? null : x.measure(), y == null ? null : y.measure());
        add(fields, "qualifier", x == null ? null : x.qualifier(), y == null ? null : y.qualifier());
        add(fields, "asOf", x == null || x.asOf() == null ? null : x.asOf().iso(), y == null || y.asOf() == null ? null : y.asOf().iso());
        add(fields, "comparison", x == null ? null : x.comparison(), y == null ? null : y.comparison());
        add(fields, "note", x == null ? null : x.note(), y == null ? null : y.note());
        add(fields, "market", x == null ? null : x.market(), y == null ? null : y.market());
        int n = Math.max(x == null ? 0 : x.citations().size(), y == null ? 0 : y.citations().size());
        for (int i = 0; i < n; i++) {
            CitationContent cx = x == null || i >= x.citations().size() ? null : x.citations().get(i);
            CitationContent cy = y == null || i >= y.citations().size() ? null : y.citations().get(i);
            add(fields, "citations[" + i + "].source", cx == null ? null : cx.sourceSlug(), cy == null ? null : cy.sourceSlug());
            add(fields, "citations[" + i + "].quote", cx == null ? null : cx.quote(), cy == null ? null : cy.quote());
            String px = cx == null ? null : cx.prefix();
            String py = cy == null ? null : cy.prefix();
            String sx = cx == null ? null : cx.suffix();
            String sy = cy == null ? null : cy.suffix();
            if (px != null || py != null || sx != null || sy != null) {
                add(fields, "citations[" + i + "].prefix", px, py);
                add(fields, "citations[" + i + "].suffix", sx, sy);
            }
        }
        return fields;
    }

    /** The names of the fields that changed, for a revision's summary. */
    public static List<String> changed(FactSnapshot a, FactSnapshot b) {
        return between(a, b).stream().filter(Field::changed).map(Field::name).toList();
    }

    private static void add(List<Field> fields, String name, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        fields.add(new Field(name, b, a, !Objects.equals(b, a)));
    }
}
