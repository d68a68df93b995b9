package org.sidebyside.web.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.web.factbase.CitationView;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.SourceView;
import org.sidebyside.web.system.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How to cite a source article, or a fact (its article, with the quote and the fact's
 * permalink): copy-ready references in APA 7, MLA 9 and Chicago (notes and bibliography),
 * formatted by citeproc-java from the official Citation Style Language styles, and the files
 * reference managers import: BibTeX (written by jbibtex), RIS and CSL-JSON. Only what is known
 * of an article goes in: no author, no date, no invented title.
 */
@Component
public class CitationFormats {

    /** The styles offered, each with the CSL style it is formatted by. */
    public enum Style {
        APA("apa", "APA (7th edition)"),
        MLA("modern-language-association", "MLA (9th edition)"),
        CHICAGO("chicago-notes-bibliography", "Chicago (notes and bibliography)");

        private final String csl;
        private final String label;

        Style(String csl, String label) {
            this.csl = csl;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A download format: its query value, media type and file extension. */
    public enum Download {
        BIBTEX("bibtex", "application/x-bibtex", "bib"),
        RIS("ris", "application/x-research-info-systems", "ris"),
        CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

        private final String code;
        private final String mediaType;
        private final String extension;

        Download(String code, String mediaType, String extension) {
            this.code = code;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String code() {
            return code;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static java.util.Optional<Download> of(String code) {
            return java.util.Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
        }
    }

    /**
     * One formatted reference.
     *
     * @param html with the style's italics and quotation marks, as citeproc-java writes it: the
     *             item's own words escaped, so it can be put in a page as it is
     */
    public record Reference(Style style, String html) {
    }

    /** What is cited: one entry per article (a fact citing two articles has two), with the quotes taken from it. */
    public record Entry(CSLItemData item, List<String> quotes) {
    }

    private final PublicUrl urls;
    private final Clock clock;
    private final Map<Style, Formatter> formatters = new EnumMap<>(Style.class);

    CitationFormats(PublicUrl urls, ObjectProvider<Clock> clock) {
        this.urls = urls;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        for (Style s : Style.values()) {
            formatters.put(s, new Formatter(s.csl));
        }
    }

    /** The article itself, found in the site's reader. */
    public List<Entry> of(SourceView source) {
        return List.of(new Entry(item(source.slug(), source, urls.of("/sources/" + source.slug()), List.of(), today()),
                List.of()));
    }

    /** Each article a fact cites, with its quotes from it, and the fact's permalink as where it was read. */
    public List<Entry> of(FactView fact) {
        Map<SourceView, List<String>> quotes = new java.util.LinkedHashMap<>();
        for (CitationView c : fact.citations()) {
            quotes.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c.quote());
        }
        List<Entry> entries = new ArrayList<>();
        quotes.forEach((source, said) -> {
            String id = fact.key() + (quotes.size() == 1 ? "" : "-" + (entries.size() + 1));
            entries.add(new Entry(item(id, source, urls.of("/facts/" + fact.key()), said, today()), List.copyOf(said)));
        });
        return entries;
    }

    /** Each entry in every style, entry by entry. */
    public List<List<Reference>> references(List<Entry> entries) {
        return entries.stream().map(e -> java.util.Arrays.stream(Style.values()).map(s -> reference(e, s)).toList()).toList();
    }

    /** One entry in one style. */
    public Reference reference(Entry entry, Style style) {
        return new Reference(style, unwrap(formatters.get(style).format(entry.item())));
    }

    /** The inline styles citeproc-java writes, as the classes the site's style sheet gives them (its CSP allows no inline style). */
    private static final Map<String, String> STYLE_CLASSES = Map.of(
            "font-style: italic", "csl-i", "font-style: normal", "csl-n", "font-weight: bold", "csl-b",
            "font-weight: normal", "csl-n", "font-variant: small-caps", "csl-sc", "text-decoration: underline", "csl-u");

    /**
     * citeproc-java's HTML entry without its block wrapper, so it sits in a paragraph, and with
     * classes for its inline styles.
     */
    static String unwrap(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)^<div class=\"csl-entry\">(.*)</div>$").matcher(html);
        String inner = (m.matches() ? m.group(1) : html).strip();
        java.util.regex.Matcher styled = java.util.regex.Pattern.compile(" style=\"([^\"]*)\"").matcher(inner);
        return styled.replaceAll(r -> {
            String css = STYLE_CLASSES.get(r.group(1).strip().replaceAll(";$", ""));
            return css == null ? "" : " class=\"" + css + "\"";
        });
    }

    /**
     * The day the reference is made, as the date the page was read: APA and MLA ask for it
     * where an article is undated, and reference managers keep it. Pages are cached a day at a
     * time ({@code PublishedPages}), so it stays true.
     */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public String file(List<Entry> entries, Download format) {
        return switch (format) {
            case BIBTEX -> bibtex(entries);
            case RIS -> ris(entries);
            case CSL_JSON -> cslJson(entries);
        };
    }

    private static CSLItemData item(String id, SourceView s, String url, List<String> quotes, LocalDate read) {
        // an article without a title of its own is described, in square brackets, as APA sets it
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(type(s))
                .title(s.title() != null ? s.title() : "[" + s.label() + "]").URL(url)
                .accessed(new CSLDateBuilder().dateParts(read.getYear(), read.getMonthValue(), read.getDayOfMonth()).build());
        if (s.author() != null) {
            b.author(name(s.author()));
        }
        if (s.publisher() != null) {
            b.containerTitle(s.publisher());
        }
        if (s.published() != null) {
            b.issued(date(s.published()));
        }
        if (!quotes.isEmpty()) {
            b.note("Quoted: " + String.join(" ", quotes.stream().map(q -> "\u201c" + q + "\u201d").toList()));
        }
        return b.build();
    }

    private static CSLType type(SourceView s) {
        String kind = s.kind() == null ? "" : s.kind().toLowerCase(Locale.ROOT);
        if (kind.contains("paper")) {
            // a journal article only where the journal is known: otherwise an article as such
            return s.publisher() != null ? CSLType.ARTICLE_JOURNAL : CSLType.ARTICLE;
        }
        if (kind.contains("news")) {
            return CSLType.ARTICLE_NEWSPAPER;
        }
        return kind.contains("blog") ? CSLType.POST_WEBLOG : CSLType.WEBPAGE;
    }

    /** "Steven Van Belleghem": given Steven, family Van Belleghem; a single word ("LeoWang") as it stands. */
    private static CSLName name(String author) {
        String[] words = author.strip().split("\\s+", 2);
        return words.length < 2 ? new CSLNameBuilder().literal(author.strip()).build()
                : new CSLNameBuilder().given(words[0]).family(words[1]).build();
    }

    private static de.undercouch.citeproc.csl.CSLDate date(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> new CSLDateBuilder().dateParts(d.year()).build();
            case MONTH -> new CSLDateBuilder().dateParts(d.year(), d.date().getMonthValue()).build();
            case DAY -> new CSLDateBuilder().dateParts(d.year(), d.date().getMonthValue(), d.date().getDayOfMonth()).build();
        };
    }

    private static String bibtex(List<Entry> entries) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Entry e : entries) {
            CSLItemData i = e.item();
            // @article needs its journal; an article known by neither journal nor date is @misc
            BibTeXEntry b = new BibTeXEntry(new Key(switch (i.getType()) {
                case ARTICLE_JOURNAL, ARTICLE_NEWSPAPER -> "article";
                case ARTICLE -> "misc";
                default -> "online";
            }), new Key(i.getId()));
            field(b, BibTeXEntry.KEY_TITLE, i.getTitle());
            if (i.getAuthor() != null) {
                CSLName n = i.getAuthor()[0];
                // a one-word name braced, so BibTeX does not read it as a family name to abbreviate
                texField(b, BibTeXEntry.KEY_AUTHOR, n.getLiteral() != null ? "{" + tex(n.getLiteral()) + "}"
                        : tex(n.getFamily()) + ", " + tex(n.getGiven()));
            }
            field(b, BibTeXEntry.KEY_JOURNAL, i.getContainerTitle());
            if (i.getIssued() != null) {
                int[] parts = i.getIssued().getDateParts()[0];
                field(b, BibTeXEntry.KEY_YEAR, String.valueOf(parts[0]));
                if (parts.length > 1) {
                    field(b, BibTeXEntry.KEY_MONTH, String.valueOf(parts[1]));
                }
                if (parts.length > 2) {
                    field(b, new Key("date"), String.format("%04d-%02d-%02d", parts[0], parts[1], parts[2]));
                }
            }
            texField(b, BibTeXEntry.KEY_URL, i.getURL());
            if (i.getType() == CSLType.ARTICLE) {
                texField(b, BibTeXEntry.KEY_HOWPUBLISHED, "\\url{" + i.getURL() + "}");
            }
            if (i.getAccessed() != null) {
                int[] p = i.getAccessed().getDateParts()[0];
                field(b, new Key("urldate"), String.format("%04d-%02d-%02d", p[0], p[1], p[2]));
            }
            field(b, new Key("note"), i.getNote());
            db.addObject(b);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void field(BibTeXEntry entry, Key key, String value) {
        texField(entry, key, value == null ? null : tex(value));
    }

    /** A field whose value is already TeX. */
    private static void texField(BibTeXEntry entry, Key key, String texValue) {
        if (texValue != null) {
            entry.addField(key, new StringValue(texValue, StringValue.Style.BRACED));
        }
    }

    /** Text as TeX reads it: its special characters escaped. */
    static String tex(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '$', '&', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** RIS, the tagged format every reference manager imports: one record per entry. */
    private static String ris(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            CSLItemData i = e.item();
            tag(sb, "TY", switch (i.getType()) {
                case ARTICLE_JOURNAL -> "JOUR";
                case ARTICLE_NEWSPAPER -> "NEWS";
                case POST_WEBLOG -> "BLOG";
                case ARTICLE -> "GEN";
                default -> "ELEC";
            });
            tag(sb, "ID", i.getId());
            tag(sb, "TI", i.getTitle());
            if (i.getAuthor() != null) {
                CSLName n = i.getAuthor()[0];
                tag(sb, "AU", n.getLiteral() != null ? n.getLiteral() : n.getFamily() + ", " + n.getGiven());
            }
            tag(sb, "T2", i.getContainerTitle());
            if (i.getIssued() != null) {
                int[] p = i.getIssued().getDateParts()[0];
                tag(sb, "PY", String.valueOf(p[0]));
                tag(sb, "DA", p[0] + "/" + (p.length > 1 ? String.format("%02d", p[1]) : "") + "/"
                        + (p.length > 2 ? String.format("%02d", p[2]) : "") + "/");
            }
            tag(sb, "UR", i.getURL());
            if (i.getAccessed() != null) {
                int[] p = i.getAccessed().getDateParts()[0];
                tag(sb, "Y2", String.format("%04d/%02d/%02d", p[0], p[1], p[2]));
            }
            tag(sb, "N1", i.getNote());
            tag(sb, "ER", "");
        }
        return sb.toString();
    }

    private static void tag(StringBuilder sb, String tag, String value) {
        if (value != null) {
            // a tag is one line: line breaks inside a value become spaces
            sb.append(tag).append("  - ").append(value.replaceAll("\\s*\\R\\s*", " ")).append("\r\n");
        }
    }

    private static String cslJson(List<Entry> entries) {
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        return "[" + String.join(",\n", entries.stream()
                .map(e -> String.valueOf(e.item().toJson(json.createJsonBuilder()))).toList()) + "]\n";
    }

    /**
     * One style's processor, reused: loading a style takes a tenth of a second, formatting an
     * item with it under a millisecond. citeproc-java's processor is not thread-safe, so
     * each formats one item at a time.
     */
    private static final class Formatter implements ItemDataProvider {

        private final CSL csl;
        private CSLItemData current;

        Formatter(String style) {
            try {
                this.csl = new CSL(this, style);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the citation style " + style, e);
            }
        }

        synchronized String format(CSLItemData item) {
            current = item;
            csl.reset();
            csl.setOutputFormat("html");
            csl.registerCitationItems(item.getId());
            return csl.makeBibliography().getEntries()[0].strip();
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current;
        }

        @Override
        public Collection<String> getIds() {
            return List.of(current.getId());
        }
    }
}
