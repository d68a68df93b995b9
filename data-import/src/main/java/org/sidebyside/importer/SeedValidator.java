package org.sidebyside.importer;

import org.sidebyside.disagreement.DisagreementRules;
import org.sidebyside.glossary.GlossaryService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.sidebyside.editorial.EditorialList;
import java.util.function.Function;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.fact.FactRules;
import org.sidebyside.fact.Problem;

/**
 * Checks the seed files against each other before anything is written: slugs and keys,
 * duplicates, references, and every fact against the same {@link FactRules} the admin
 * forms use, with the seed files' own companies, topics and articles as the catalog.
 */
final class SeedValidator {

    private SeedValidator() {
    }

    /** Problems per fact key live in the returned list; {@code rejectedFacts} counts the facts at fault. */
    record Result(List<ImportProblem> problems, Set<String> rejectedFacts) {
    }

    static Result validate(SeedSet seeds) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> companies = unique(seeds.companies(), SeedSet.CompanySeed::slug, (c, m) -> new ImportProblem(c.file(), c.line(), m),
                "company", problems);
        Set<String> topics = unique(seeds.topics(), SeedSet.TopicSeed::slug, (t, m) -> new ImportProblem(t.file(), t.line(), m),
                "topic", problems);
        BiFunction<SeedSet.SourceSeed, String, ImportProblem> atSource = (s, m) -> new ImportProblem(s.file(), s.line(), m);
        unique(seeds.sources(), SeedSet.SourceSeed::slug, atSource, "source", problems);
        unique(seeds.sources(), SeedSet.SourceSeed::fileName, atSource, "article file", problems);
        Map<String, String> texts = new HashMap<>();
        seeds.sources().forEach(s -> {
            if (s.slug() != null && s.text() != null) {
                texts.put(s.slug(), s.text());
            }
        });
        FactRules.Catalog catalog = new FactRules.Catalog() {
            @Override
            public boolean hasCompany(String slug) {
                return companies.contains(slug);
            }

            @Override
            public boolean hasTopic(String slug) {
                return topics.contains(slug);
            }

            @Override
            public Optional<String> sourceText(String slug) {
                return Optional.ofNullable(texts.get(slug));
            }
        };

        Set<String> rejected = new HashSet<>();
        validateFacts(seeds.facts(), catalog, problems, rejected);
        validateLists(seeds, topics, problems);
        validateStories(seeds, companies, topics, problems);
        validateDisagreements(seeds, topics, problems);
        Set<String> slugs = new HashSet<>();
        for (SeedSet.GlossarySeed g : seeds.glossary()) {
            if (!slugs.add(g.slug())) {
                problems.add(new ImportProblem(g.file(), g.line(), "the term \"" + g.slug() + "\" is given twice"));
            }
            GlossaryService.problems(g.slug(), g.content(), texts)
                    .forEach(m -> problems.add(new ImportProblem(g.file(), g.line(), m)));
        }
        return new Result(problems, rejected);
    }

    /** Each disagreement against the same rules as the admin form, with the seed files' topics and facts. */
    private static void validateDisagreements(SeedSet seeds, Set<String> topics, List<ImportProblem> problems) {
        Set<String> factKeys = new HashSet<>();
        seeds.facts().forEach(f -> factKeys.add(f.key()));
        DisagreementRules.Catalog catalog = new DisagreementRules.Catalog() {
            @Override
            public boolean hasTopic(String slug) {
                return topics.contains(slug);
            }

            @Override
            public boolean hasFact(String key) {
                return factKeys.contains(key);
            }
        };
        Set<String> keys = new HashSet<>();
        for (SeedSet.DisagreementSeed d : seeds.disagreements()) {
            if (!Slugs.isValid(d.key(), 120)) {
                problems.add(new ImportProblem(d.file(), d.line(), "\"" + d.key() + "\" is not a key (lowercase words joined by hyphens)"));
            } else if (!keys.add(d.key())) {
                problems.add(new ImportProblem(d.file(), d.line(), "the disagreement \"" + d.key() + "\" is given twice"));
            }
            DisagreementRules.check(d.content(), catalog).forEach(p -> problems.add(
                    new ImportProblem(d.file(), d.line(), d.key() + ": " + p.field() + ": " + p.message())));
        }
    }

    /** Each story tells a seed topic, and each section names what its layout says, as {@code StoryService} checks. */
    private static void validateStories(SeedSet seeds, Set<String> companies, Set<String> topics, List<ImportProblem> problems) {
        Set<String> comparisons = comparisons(seeds);
        Set<String> slugs = new HashSet<>();
        for (SeedSet.StorySeed st : seeds.stories()) {
            java.util.function.Consumer<String> problem = m -> problems.add(new ImportProblem(st.file(), st.line(), m));
            if (!Slugs.isValid(st.slug(), 60)) {
                problem.accept("\"" + st.slug() + "\" is not a slug (lowercase words joined by hyphens)");
            } else if (!slugs.add(st.slug())) {
                problem.accept("the story \"" + st.slug() + "\" is given twice");
            }
            if (st.content().topic() != null && !topics.contains(st.content().topic())) {
                problem.accept("\"" + st.content().topic() + "\" is not a topic");
            }
            Set<String> known = switch (st.layout().names()) {
                case COMPANY -> companies;
                case TOPIC -> topics;
                case COMPARISON -> comparisons;
            };
            Set<String> seen = new HashSet<>();
            for (var section : st.content().sections()) {
                if (section.item() == null) {
                    continue;
                }
                if (!known.contains(section.item())) {
                    problem.accept("\"" + section.item() + "\" in " + st.slug() + " is not "
                            + st.layout().names().name().toLowerCase(java.util.Locale.ROOT) + " of the seed files");
                } else if (!seen.add(section.item()) && !st.layout().repeats()) {
                    problem.accept("\"" + section.item() + "\" stands twice in " + st.slug());
                }
                if (st.layout().headingRequired() && (section.heading() == null || section.heading().isBlank())) {
                    problem.accept("\"" + section.item() + "\" in " + st.slug() + " needs a heading");
                }
            }
        }
    }

    private static Set<String> comparisons(SeedSet seeds) {
        Set<String> comparisons = new HashSet<>();
        seeds.facts().forEach(f -> {
            if (f.content().comparison() != null) {
                comparisons.add(f.content().comparison());
            }
        });
        return comparisons;
    }

    /** Each editorial list is one the pages know, and each item names a seed topic or comparison. */
    private static void validateLists(SeedSet seeds, Set<String> topics, List<ImportProblem> problems) {
        Set<String> comparisons = comparisons(seeds);
        Set<String> names = new HashSet<>();
        for (SeedSet.ListSeed l : seeds.lists()) {
            var list = EditorialList.named(l.name());
            if (list.isEmpty()) {
                problems.add(new ImportProblem(l.file(), l.line(), "unknown list \"" + l.name() + "\" (expected one of "
                        + String.join(", ", EditorialList.names()) + ")"));
                continue;
            }
            if (!names.add(l.name())) {
                problems.add(new ImportProblem(l.file(), l.line(), "the list \"" + l.name() + "\" is given twice"));
            }
            Set<String> seen = new HashSet<>();
            for (String item : l.items()) {
                boolean known = list.get().comparisons() ? comparisons.contains(item) : topics.contains(item);
                if (!known) {
                    problems.add(new ImportProblem(l.file(), l.line(), "\"" + item + "\" in " + l.name() + " is not "
                            + (list.get().comparisons() ? "a comparison key of any fact" : "a topic")));
                } else if (!seen.add(item) && !list.get().repeats()) {
                    problems.add(new ImportProblem(l.file(), l.line(), "\"" + item + "\" stands twice in " + l.name()));
                }
            }
        }
    }


    /** Keys, duplicates and the fact rules, for facts checked against the given catalog. */
    static void validateFacts(List<SeedSet.FactSeed> facts, FactRules.Catalog catalog, List<ImportProblem> problems,
                              Set<String> rejected) {
        Map<String, SeedSet.FactSeed> firstByKey = new HashMap<>();
        for (SeedSet.FactSeed fact : facts) {
            List<ImportProblem> own = new ArrayList<>();
            if (!FactRules.isValidKey(fact.key())) {
                own.add(new ImportProblem(fact.file(), fact.lineOf("key"),
                        "key \"" + fact.key() + "\" is not lowercase words joined by hyphens"));
            }
            SeedSet.FactSeed first = firstByKey.putIfAbsent(fact.key(), fact);
            if (first != null) {
                own.add(new ImportProblem(fact.file(), fact.lineOf("key"), "duplicate key \"" + fact.key()
                        + "\" (first at " + first.file() + ":" + first.lineOf("key") + ")"));
            }
            for (Problem p : FactRules.check(fact.content(), catalog).problems()) {
                own.add(new ImportProblem(fact.file(), fact.lineOf(p.field()), fact.key() + ": " + p.message()));
            }
            if (!own.isEmpty()) {
                rejected.add(fact.key());
                problems.addAll(own);
            }
        }
        // a merged key names no fact any more, and leads to one fact only
        Map<String, String> mergedInto = new HashMap<>();
        for (SeedSet.FactSeed fact : facts) {
            for (String old : fact.formerly()) {
                String other = mergedInto.putIfAbsent(old, fact.key());
                if (firstByKey.containsKey(old)) {
                    problems.add(new ImportProblem(fact.file(), fact.lineOf("formerly"), fact.key() + ": \"" + old
                            + "\" is merged into it, so no fact may have that key any more"));
                    rejected.add(fact.key());
                } else if (other != null) {
                    problems.add(new ImportProblem(fact.file(), fact.lineOf("formerly"), fact.key() + ": \"" + old
                            + "\" is already merged into " + other));
                    rejected.add(fact.key());
                } else if (!FactRules.isValidKey(old)) {
                    problems.add(new ImportProblem(fact.file(), fact.lineOf("formerly"), fact.key() + ": \"" + old
                            + "\" is not a key"));
                    rejected.add(fact.key());
                }
            }
        }
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> id, BiFunction<T, String, ImportProblem> at,
                                          String what, List<ImportProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String v = id.apply(item);
            if (v == null) {
                continue;
            }
            if (!what.equals("article file") && !Slugs.isValid(v)) {
                problems.add(at.apply(item, what + " slug \"" + v + "\" is not lowercase words joined by hyphens"));
            }
            if (!seen.add(v)) {
                problems.add(at.apply(item, "duplicate " + what + " \"" + v + "\""));
            }
        }
        return seen;
    }
}
