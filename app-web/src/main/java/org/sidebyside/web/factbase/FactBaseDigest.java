package org.sidebyside.web.factbase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a fact base snapshot: SHA-256 over everything a student page can show of it,
 * cut to 20 hex digits. The small catalog records are digested through their {@code toString}
 * (every component, so a field added later counts without a change here); facts and their
 * citations field by field, naming the source by its slug rather than repeating its metadata.
 * A field added to {@link FactView} or {@link CitationView} must be added here too.
 */
final class FactBaseDigest {

    private final MessageDigest sha;

    private FactBaseDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(List<CompanyView> companies, List<TopicView> topics, List<SourceView> sources,
                     List<FactView> facts, Map<String, String> texts, Map<String, List<String>> lists,
                     List<StoryView> stories, List<DisagreementView> disagreements, Map<String, String> redirects,
                     List<GlossaryView> glossary) {
        FactBaseDigest d = new FactBaseDigest();
        companies.forEach(d::add);
        topics.forEach(d::add);
        sources.forEach(d::add);
        new TreeMap<>(texts).forEach((slug, text) -> d.add(slug).add(text));
        new TreeMap<>(lists).forEach((name, items) -> d.add(name).add(items));
        stories.forEach(d::add);
        for (DisagreementView x : disagreements) {
            d.add(x.key()).add(x.topic().slug()).add(x.subject()).add(x.kind()).add(x.summary());
            x.sides().forEach(side -> {
                d.add(side.label());
                side.facts().forEach(f -> d.add(f.key()));
            });
        }
        new TreeMap<>(redirects).forEach((from, to) -> d.add(from).add(to));
        for (GlossaryView g : glossary) {
            d.add(g.slug()).add(g.term()).add(g.forms()).add(g.definition())
                    .add(g.source() == null ? null : g.source().slug()).add(g.quote());
        }
        for (FactView f : facts) {
            d.add(f.id()).add(f.key()).add(f.company() == null ? null : f.company().slug()).add(f.topic().slug())
                    .add(f.kind()).add(f.statement()).add(f.value() == null ? null : f.value().toPlainString())
                    .add(f.unit()).add(f.qualifier()).add(f.asOf()).add(f.comparison()).add(f.note())
                    .add(f.market()).add(f.inQuizzes()).add(f.measure()).add(f.citations().size());
            for (CitationView c : f.citations()) {
                d.add(c.id()).add(c.source().slug()).add(c.quote()).add(c.start()).add(c.end());
            }
        }
        return HexFormat.of().formatHex(d.sha.digest()).substring(0, 20);
    }

    private FactBaseDigest add(Object value) {
        // a separator that cannot occur in text, so ("ab", "c") and ("a", "bc") differ
        sha.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }
}
