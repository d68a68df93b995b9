package org.sidebyside.web.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.GlossaryView;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Links a glossary term to its definition where a page first uses it, as a template writes a
 * fact's statement: {@code @glossary.parts(text)} cuts the text into pieces, each either
 * plain or a term to link. A term is linked once per page (the first fact that uses it);
 * later uses stay plain, so a page is not a sea of links.
 */
@Component("glossary")
public class GlossaryLinks {

    private static final String SEEN = GlossaryLinks.class.getName() + ".seen";

    /** A piece of text; {@code term} is null for plain text. */
    public record Part(String text, GlossaryView term) {
    }

    /** @param byForm each term by each of its forms, in lower case: which term a match is */
    private record Terms(String version, Map<String, GlossaryView> byForm, Pattern any) {
    }

    private final FactBaseReader reader;
    private volatile Terms terms;

    GlossaryLinks(FactBaseReader reader) {
        this.reader = reader;
    }

    public List<Part> parts(String text) {
        Terms t = terms();
        if (t.any() == null || text == null) {
            return List.of(new Part(text, null));
        }
        Set<String> seen = seen();
        List<Part> parts = new ArrayList<>();
        Matcher m = t.any().matcher(text);
        int at = 0;
        while (m.find()) {
            GlossaryView term = t.byForm().get(m.group().toLowerCase(Locale.ROOT));
            if (term == null || !seen.add(term.slug())) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), null));
            }
            parts.add(new Part(m.group(), term));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null));
        }
        return parts;
    }

    /** The terms linked on this page so far. */
    @SuppressWarnings("unchecked")
    private static Set<String> seen() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashSet<>();
        }
        Set<String> seen = (Set<String>) request.getAttribute(SEEN, RequestAttributes.SCOPE_REQUEST);
        if (seen == null) {
            seen = new HashSet<>();
            request.setAttribute(SEEN, seen, RequestAttributes.SCOPE_REQUEST);
        }
        return seen;
    }

    /** The terms of the current fact base and one pattern finding any of them, made once per version. */
    private Terms terms() {
        FactBase base = reader.published();
        Terms t = terms;
        if (t == null || !t.version().equals(base.version())) {
            List<GlossaryView> all = base.glossary();
            Pattern any = all.isEmpty() ? null : Pattern.compile(String.join("|", all.stream()
                    .map(g -> g.pattern().pattern()).toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Map<String, GlossaryView> byForm = new HashMap<>();
            all.forEach(g -> g.forms().forEach(f -> byForm.putIfAbsent(f.toLowerCase(Locale.ROOT), g)));
            t = new Terms(base.version(), byForm, any);
            terms = t;
        }
        return t;
    }
}
