package org.sidebyside.fact;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sidebyside.catalog.PartialDate;

/**
 * Everything a fact says, as plain values: what the importer reads from a seed file and an
 * admin form submits. {@link FactRules} checks it; {@link FactService} applies it.
 *
 * @param companySlug null when the fact is about both companies
 */
public record FactContent(String companySlug, String topicSlug, FactKind kind, String statement,
                          BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf,
                          String comparison, String note, List<CitationContent> citations) {

    public FactContent {
        citations = citations == null ? List.of() : List.copyOf(citations);
        value = value == null ? null : value.stripTrailingZeros();
    }

    /**
     * A digest of the content. Stored at import, it tells a later import whether the fact
     * was edited in the app since (the digest of its current content differs).
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        append(sb, companySlug);
        append(sb, topicSlug);
        append(sb, kind);
        append(sb, statement);
        append(sb, value == null ? null : value.toPlainString());
        append(sb, unit);
        append(sb, qualifier);
        append(sb, asOf == null ? null : asOf.iso());
        append(sb, comparison);
        append(sb, note);
        for (CitationContent c : citations) {
            append(sb, c.sourceSlug());
            append(sb, c.quote());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void append(StringBuilder sb, Object part) {
        String s = part == null ? "" : part.toString();
        sb.append(s.length()).append(':').append(s).append('|');
    }
}
