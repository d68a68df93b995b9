package org.sidebyside.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.catalog.SourceMetadata;
import org.sidebyside.disagreement.DisagreementContent;
import org.sidebyside.disagreement.DisagreementKind;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.glossary.GlossaryContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.ValueQualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.sidebyside.editorial.StoryContent;
import org.sidebyside.editorial.StoryLayout;

/**
 * Reads a seed directory ({@code file:...} or {@code classpath:...}) into a {@link SeedSet},
 * noting every structural problem with its file and line instead of stopping at the first.
 */
public class SeedReader {

    static final String COMPANIES = "companies.yml";
    static final String TOPICS = "topics.yml";
    static final String EDITORIAL = "editorial.yml";
    static final String STORIES = "stories.yml";
    static final String SOURCES = "sources.yml";
    static final String DISAGREEMENTS = "disagreements.yml";
    static final String GLOSSARY = "glossary.yml";
    static final String FACTS = "facts/";

    /** A year as written in a seed file; anything else is refused by the caller's catch. */
    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            throw new IllegalArgumentException("reported-from is a year (YYYY), not \"" + text + "\"");
        }
        return Integer.valueOf(text);
    }

    private static final Set<String> COMPANY_FIELDS = Set.of("slug", "name");
    private static final Set<String> LIST_FIELDS = Set.of("name", "items");
    private static final Set<String> STORY_FIELDS = Set.of("slug", "title", "lead", "topic", "layout", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("item", "heading");
    private static final Set<String> DISAGREEMENT_FIELDS = Set.of("key", "topic", "subject", "kind", "summary", "sides");
    private static final Set<String> SIDE_FIELDS = Set.of("label", "facts");
    private static final Set<String> GLOSSARY_FIELDS = Set.of("term", "slug", "also", "definition", "defined-by", "source",
            "quote");
    private static final Set<String> TOPIC_FIELDS = Set.of("slug", "name", "description", "fact-label");
    private static final Set<String> SOURCE_FIELDS = Set.of("slug", "file", "label", "title", "kind", "author",
            "publisher", "published", "note", "reported-from");
    private static final Set<String> FACT_FIELDS = Set.of("key", "company", "topic", "kind", "statement", "value",
            "unit", "qualifier", "as-of", "comparison", "note", "citations", "market", "formerly", "measure");
    private static final Set<String> CITATION_FIELDS = Set.of("source", "quote", "prefix", "suffix");

    private final ResourcePatternResolver resolver;

    public SeedReader(ResourceLoader loader) {
        this.resolver = new PathMatchingResourcePatternResolver(loader);
    }

    /**
     * Reads one uploaded facts file (same format as {@code seeds/facts/*.yml}); its name is
     * used only in problem reports.
     */
    FactsResult readFactsFile(String name, byte[] bytes) {
        Reading r = new Reading("memory:/", Map.of(name, bytes));
        List<SeedSet.FactSeed> facts = new ArrayList<>();
        r.entries(name, "facts", FACT_FIELDS, (m, line) -> r.fact(name, m, line).ifPresent(facts::add));
        return new FactsResult(facts, r.problems);
    }

    /** The facts of one file, and what could not be read. */
    record FactsResult(List<SeedSet.FactSeed> facts, List<ImportProblem> problems) {
    }

    /** What was read, and what could not be. */
    record Result(SeedSet seeds, List<ImportProblem> problems) {
    }

    Result read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Reading r = new Reading(base);
        List<SeedSet.CompanySeed> companies = new ArrayList<>();
        r.entries(COMPANIES, "companies", COMPANY_FIELDS, (m, line) -> companies.add(new SeedSet.CompanySeed(
                r.required(m, "slug", COMPANIES, line), r.required(m, "name", COMPANIES, line),
                companies.size() + 1, COMPANIES, line)));
        List<SeedSet.TopicSeed> topics = new ArrayList<>();
        r.entries(TOPICS, "topics", TOPIC_FIELDS, (m, line) -> topics.add(new SeedSet.TopicSeed(
                r.required(m, "slug", TOPICS, line), r.required(m, "name", TOPICS, line),
                r.required(m, "description", TOPICS, line), scalar(m, "fact-label"), topics.size() + 1, TOPICS, line)));
        List<SeedSet.SourceSeed> sources = new ArrayList<>();
        r.entries(SOURCES, "sources", SOURCE_FIELDS, (m, line) -> sources.add(r.source(m, line)));
        List<SeedSet.FactSeed> facts = new ArrayList<>();
        for (String file : r.factFiles()) {
            r.entries(file, "facts", FACT_FIELDS, (m, line) -> r.fact(file, m, line).ifPresent(facts::add));
        }
        List<SeedSet.ListSeed> lists = new ArrayList<>();
        r.entries(EDITORIAL, "lists", LIST_FIELDS, false, (m, line) -> {
            String name = r.required(m, "name", EDITORIAL, line);
            String items = r.required(m, "items", EDITORIAL, line);
            if (name != null && items != null) {
                lists.add(new SeedSet.ListSeed(name, java.util.Arrays.stream(items.split(","))
                        .map(String::strip).filter(i -> !i.isEmpty()).toList(), EDITORIAL, line));
            }
        });
        List<SeedSet.StorySeed> stories = new ArrayList<>();
        r.entries(STORIES, "stories", STORY_FIELDS, false, (m, line) -> r.story(m, line).ifPresent(stories::add));
        List<SeedSet.DisagreementSeed> disagreements = new ArrayList<>();
        r.entries(DISAGREEMENTS, "disagreements", DISAGREEMENT_FIELDS, false,
                (m, line) -> r.disagreement(m, line).ifPresent(disagreements::add));
        List<SeedSet.GlossarySeed> glossary = new ArrayList<>();
        r.entries(GLOSSARY, "terms", GLOSSARY_FIELDS, false, (m, line) -> r.term(m, line).ifPresent(glossary::add));
        return new Result(new SeedSet(companies, topics, sources, facts, lists, stories, disagreements, glossary), r.problems);
    }

    /** One pass over one seed directory, collecting problems as it goes. */
    private final class Reading {

        private final String base;
        private final Map<String, byte[]> given;
        private final List<ImportProblem> problems = new ArrayList<>();

        Reading(String base) {
            this(base, Map.of());
        }

        /** Reads the given files' bytes instead of looking them up under {@code base}. */
        Reading(String base, Map<String, byte[]> given) {
            this.base = base;
            this.given = given;
        }

        List<String> factFiles() {
            try {
                Resource[] found = resolver.getResources(base + FACTS + "*.yml");
                return Arrays.stream(found)
                        .map(Resource::getFilename)
                        .filter(n -> n != null)
                        .sorted(Comparator.naturalOrder())
                        .map(n -> FACTS + n)
                        .toList();
            } catch (IOException e) {
                problems.add(new ImportProblem(FACTS, 0, "cannot list the fact files: " + e.getMessage()));
                return List.of();
            }
        }

        /** Reads {@code file}, whose root maps {@code rootKey} to a list of mappings. */
        void entries(String file, String rootKey, Set<String> fields, BiConsumer<Map<String, Node>, Integer> each) {
            entries(file, rootKey, fields, true, each);
        }

        /** As above; a file that is not {@code required} may be missing. */
        void entries(String file, String rootKey, Set<String> fields, boolean required,
                     BiConsumer<Map<String, Node>, Integer> each) {
            String text = text(file, required);
            if (text == null) {
                return;
            }
            Node root;
            try {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                root = yaml.compose(new java.io.StringReader(text));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                problems.add(new ImportProblem(file, mark == null ? 0 : mark.getLine() + 1,
                        "not valid YAML: " + e.getProblem()));
                return;
            } catch (YAMLException e) {
                problems.add(new ImportProblem(file, 0, "not valid YAML: " + e.getMessage()));
                return;
            }
            if (!(root instanceof MappingNode)) {
                problems.add(new ImportProblem(file, 1, "expected a mapping with a \"" + rootKey + "\" list"));
                return;
            }
            Map<String, Node> top = mapping(file, root, Set.of(rootKey));
            Node list = top.get(rootKey);
            if (!(list instanceof SequenceNode seq)) {
                problems.add(new ImportProblem(file, line(root), "expected a \"" + rootKey + "\" list"));
                return;
            }
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode)) {
                    problems.add(new ImportProblem(file, line(item), "each entry of \"" + rootKey + "\" is a mapping"));
                    continue;
                }
                each.accept(mapping(file, item, fields), line(item));
            }
        }

        java.util.Optional<SeedSet.GlossarySeed> term(Map<String, Node> m, int line) {
            String slug = required(m, "slug", GLOSSARY, line);
            String definedBy = required(m, "defined-by", GLOSSARY, line);
            if (definedBy != null && !definedBy.equals("team") && !definedBy.equals("article")) {
                problems.add(new ImportProblem(GLOSSARY, lineOf(m, "defined-by", line), "defined-by is team or article"));
            }
            if ("article".equals(definedBy) != (scalar(m, "quote") != null)) {
                problems.add(new ImportProblem(GLOSSARY, line, "a term defined by an article gives its source and quote; "
                        + "one defined by the team gives neither"));
            }
            List<String> also = new ArrayList<>();
            Node alsoNode = m.get("also");
            if (alsoNode instanceof SequenceNode seq) {
                seq.getValue().forEach(n -> {
                    if (n instanceof ScalarNode sc) {
                        also.add(sc.getValue());
                    }
                });
            }
            if (slug == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SeedSet.GlossarySeed(slug, new GlossaryContent(required(m, "term", GLOSSARY, line),
                    also, required(m, "definition", GLOSSARY, line), scalar(m, "source"), scalar(m, "quote")), GLOSSARY, line));
        }

        java.util.Optional<SeedSet.DisagreementSeed> disagreement(Map<String, Node> m, int line) {
            String key = required(m, "key", DISAGREEMENTS, line);
            String kindName = required(m, "kind", DISAGREEMENTS, line);
            DisagreementKind kind = DisagreementKind.fromCode(kindName).orElse(null);
            if (kindName != null && kind == null) {
                problems.add(new ImportProblem(DISAGREEMENTS, lineOf(m, "kind", line), "unknown kind \"" + kindName
                        + "\" (time, measure, wording or contradiction)"));
            }
            List<DisagreementContent.Side> sides = new ArrayList<>();
            Node sideNode = m.get("sides");
            if (sideNode instanceof SequenceNode seq) {
                for (Node n : seq.getValue()) {
                    if (!(n instanceof MappingNode)) {
                        problems.add(new ImportProblem(DISAGREEMENTS, line(n), "a side is a mapping with label and facts"));
                        continue;
                    }
                    Map<String, Node> sm = mapping(DISAGREEMENTS, n, SIDE_FIELDS);
                    List<String> keys = new ArrayList<>();
                    Node factNode = sm.get("facts");
                    if (factNode instanceof SequenceNode fs) {
                        for (Node f : fs.getValue()) {
                            if (f instanceof ScalarNode sc) {
                                keys.add(sc.getValue());
                            } else {
                                problems.add(new ImportProblem(DISAGREEMENTS, line(f), "a side's facts are fact keys"));
                            }
                        }
                    } else {
                        problems.add(new ImportProblem(DISAGREEMENTS, line(n), "a side lists its facts: facts: [key, ...]"));
                    }
                    sides.add(new DisagreementContent.Side(required(sm, "label", DISAGREEMENTS, line(n)), keys));
                }
            } else {
                problems.add(new ImportProblem(DISAGREEMENTS, lineOf(m, "sides", line), "a disagreement lists its sides"));
            }
            if (key == null || kind == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SeedSet.DisagreementSeed(key, new DisagreementContent(
                    required(m, "topic", DISAGREEMENTS, line), required(m, "subject", DISAGREEMENTS, line), kind,
                    required(m, "summary", DISAGREEMENTS, line), sides), DISAGREEMENTS, line));
        }

        java.util.Optional<SeedSet.StorySeed> story(Map<String, Node> m, int line) {
            String slug = required(m, "slug", STORIES, line);
            String layoutName = required(m, "layout", STORIES, line);
            StoryLayout layout = layoutName == null ? null : StoryLayout.of(layoutName).orElse(null);
            if (layoutName != null && layout == null) {
                problems.add(new ImportProblem(STORIES, lineOf(m, "layout", line), "unknown layout \"" + layoutName
                        + "\" (by-company, numbered or pillars)"));
            }
            List<StoryContent.Section> sections = new ArrayList<>();
            Node sectionNode = m.get("sections");
            if (sectionNode instanceof SequenceNode seq) {
                for (Node n : seq.getValue()) {
                    if (!(n instanceof MappingNode)) {
                        problems.add(new ImportProblem(STORIES, line(n), "a section is a mapping with item and heading"));
                        continue;
                    }
                    Map<String, Node> sm = mapping(STORIES, n, SECTION_FIELDS);
                    sections.add(new StoryContent.Section(required(sm, "item", STORIES, line(n)), scalar(sm, "heading")));
                }
            } else if (sectionNode != null && !isNull(sectionNode)) {
                problems.add(new ImportProblem(STORIES, line(sectionNode), "sections is a list"));
            }
            String title = required(m, "title", STORIES, line);
            String lead = required(m, "lead", STORIES, line);
            String topic = required(m, "topic", STORIES, line);
            if (slug == null || layout == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SeedSet.StorySeed(slug, layout,
                    new StoryContent(title, lead, topic, sections), STORIES, line));
        }

        SeedSet.SourceSeed source(Map<String, Node> m, int line) {
            String fileName = required(m, "file", SOURCES, line);
            String text = null;
            if (fileName != null) {
                if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
                    problems.add(new ImportProblem(SOURCES, lineOf(m, "file", line),
                            "an article file is a plain file name inside the seed directory"));
                } else {
                    text = text(fileName, false);
                    if (text == null) {
                        problems.add(new ImportProblem(SOURCES, lineOf(m, "file", line),
                                "the article file \"" + fileName + "\" cannot be read"));
                    }
                }
            }
            SourceMetadata metadata = null;
            String label = required(m, "label", SOURCES, line);
            PartialDate published = date(m, "published", SOURCES, line);
            if (label != null) {
                try {
                    metadata = new SourceMetadata(label, scalar(m, "title"), scalar(m, "kind"), scalar(m, "author"),
                            scalar(m, "publisher"), published, scalar(m, "note"), year(scalar(m, "reported-from")));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(SOURCES, line, e.getMessage()));
                }
            }
            return new SeedSet.SourceSeed(required(m, "slug", SOURCES, line), fileName, metadata, text, SOURCES, line);
        }

        java.util.Optional<SeedSet.FactSeed> fact(String file, Map<String, Node> m, int line) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            m.forEach((k, v) -> lines.put(k.equals("as-of") ? "asOf" : k, line(v)));
            String key = required(m, "key", file, line);
            String market = scalar(m, "market");
            // a fact about a market names no company; any other fact names one, or "both"
            String company = market != null && !m.containsKey("company") ? "both" : required(m, "company", file, line);
            String kindText = required(m, "kind", file, line);
            FactKind kind = null;
            if (kindText != null) {
                try {
                    kind = FactKind.valueOf(kindText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(file, lines.get("kind"),
                            "unknown kind \"" + kindText + "\" (statement, figure, event or product)"));
                }
            }
            BigDecimal value = null;
            String valueText = scalar(m, "value");
            if (valueText != null) {
                try {
                    value = new BigDecimal(valueText.replace("_", ""));
                } catch (NumberFormatException e) {
                    problems.add(new ImportProblem(file, lines.get("value"),
                            "value \"" + valueText + "\" is not a plain number"));
                }
            }
            ValueQualifier qualifier = null;
            String qualifierText = scalar(m, "qualifier");
            if (qualifierText != null) {
                qualifier = ValueQualifier.fromCode(qualifierText).orElse(null);
                if (qualifier == null) {
                    problems.add(new ImportProblem(file, lines.get("qualifier"), "unknown qualifier \"" + qualifierText
                            + "\" (about, more-than, less-than, at-least or up-to)"));
                }
            }
            List<CitationContent> citations = new ArrayList<>();
            Node citationNode = m.get("citations");
            if (citationNode instanceof SequenceNode seq) {
                for (Node c : seq.getValue()) {
                    String prefix = "citations[" + citations.size() + "]";
                    if (!(c instanceof MappingNode)) {
                        problems.add(new ImportProblem(file, line(c), "a citation is a mapping with source and quote"));
                        continue;
                    }
                    Map<String, Node> cm = mapping(file, c, CITATION_FIELDS);
                    cm.forEach((k, v) -> lines.put(prefix + "." + k, line(v)));
                    lines.put(prefix, line(c));
                    citations.add(new CitationContent(scalar(cm, "source"), scalar(cm, "quote"), scalar(cm, "prefix"),
                            scalar(cm, "suffix")));
                }
            } else if (citationNode != null && !isNull(citationNode)) {
                problems.add(new ImportProblem(file, line(citationNode), "citations is a list"));
            }
            if (key == null || company == null || kind == null) {
                return java.util.Optional.empty();
            }
            FactContent content = new FactContent("both".equals(company) ? null : company, scalar(m, "topic"), kind,
                    scalar(m, "statement"), value, scalar(m, "unit"), qualifier, date(m, "as-of", file, line),
                    scalar(m, "comparison"), scalar(m, "note"), citations, market, scalar(m, "measure"));
            List<String> formerly = new ArrayList<>();
            Node formerNode = m.get("formerly");
            if (formerNode instanceof SequenceNode fs) {
                for (Node f : fs.getValue()) {
                    if (f instanceof ScalarNode sc) {
                        formerly.add(sc.getValue());
                    } else {
                        problems.add(new ImportProblem(file, line(f), "formerly lists fact keys"));
                    }
                }
            } else if (formerNode != null && !isNull(formerNode)) {
                problems.add(new ImportProblem(file, line(formerNode), "formerly is a list of fact keys: [key, ...]"));
            }
            return java.util.Optional.of(new SeedSet.FactSeed(key, content, file, line, lines, List.copyOf(formerly)));
        }

        PartialDate date(Map<String, Node> m, String field, String file, int line) {
            String text = scalar(m, field);
            if (text == null) {
                return null;
            }
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(file, lineOf(m, field, line), field + ": " + e.getMessage()));
                return null;
            }
        }

        String required(Map<String, Node> m, String field, String file, int line) {
            String v = scalar(m, field);
            if (v == null || v.isBlank()) {
                problems.add(new ImportProblem(file, lineOf(m, field, line), "\"" + field + "\" is missing"));
                return null;
            }
            return v;
        }

        private Map<String, Node> mapping(String file, Node node, Set<String> allowed) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (k == null || !allowed.contains(k)) {
                    problems.add(new ImportProblem(file, line(t.getKeyNode()),
                            "unknown field \"" + k + "\" (expected one of " + String.join(", ", sorted(allowed)) + ")"));
                } else if (out.containsKey(k)) {
                    problems.add(new ImportProblem(file, line(t.getKeyNode()), "\"" + k + "\" is given twice"));
                } else {
                    if (!(t.getValueNode() instanceof ScalarNode) && !k.equals("citations") && !k.equals("companies") && !k.equals("lists")
                            && !k.equals("stories") && !k.equals("sections") && !k.equals("sides")
                            && !k.equals("disagreements") && !k.equals("formerly") && !k.equals("terms")
                            && !k.equals("also")
                            && !k.equals("topics") && !k.equals("sources") && !k.equals("facts")) {
                        problems.add(new ImportProblem(file, line(t.getValueNode()), "\"" + k + "\" is a single value"));
                        continue;
                    }
                    out.put(k, t.getValueNode());
                }
            }
            return out;
        }

        /** The file's text, strictly UTF-8; null (and a problem) if it cannot be read. */
        private String text(String file, boolean required) {
            Resource resource = given.containsKey(file)
                    ? new org.springframework.core.io.ByteArrayResource(given.get(file))
                    : resolver.getResource(base + file);
            if (!resource.exists()) {
                if (required) {
                    problems.add(new ImportProblem(file, 0, "the file is missing"));
                }
                return null;
            }
            try (InputStream in = resource.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(new ImportProblem(file, 0, "the file is not UTF-8 text"));
                return null;
            } catch (IOException e) {
                problems.add(new ImportProblem(file, 0, "the file cannot be read: " + e.getMessage()));
                return null;
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static int lineOf(Map<String, Node> m, String field, int fallback) {
        Node n = m.get(field);
        return n == null ? fallback : line(n);
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    private static String scalar(Map<String, Node> m, String field) {
        Node n = m.get(field);
        if (n == null || isNull(n) || !(n instanceof ScalarNode s)) {
            return null;
        }
        return s.getValue();
    }
}
