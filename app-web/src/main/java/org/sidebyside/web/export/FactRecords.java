package org.sidebyside.web.export;

import java.util.List;
import java.util.Locale;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The one owner of the published facts as records: the JSON and CSV downloads take all of
 * them, the API's {@code /api/facts} those matching its filters.
 */
@Component
public class FactRecords {

    private static final List<String> KINDS = List.of("statement", "figure", "event", "product");

    private final FactBaseReader reader;

    FactRecords(FactBaseReader reader) {
        this.reader = reader;
    }

    public List<FactRecord> all() {
        return matching(null, null, null, null);
    }

    /**
     * The facts about a company (a slug, or {@code both}), on a topic, citing a source, of a
     * kind; each filter optional (null).
     *
     * @throws BadRequestException for a filter that names nothing
     */
    public List<FactRecord> matching(String company, String topic, String source, String kind) {
        FactBase base = reader.published();
        if (company != null && !company.equals("both") && base.company(company).isEmpty()) {
            throw new BadRequestException("unknown company " + company);
        }
        if (topic != null && base.topic(topic).isEmpty()) {
            throw new BadRequestException("unknown topic " + topic);
        }
        if (source != null && base.source(source).isEmpty()) {
            throw new BadRequestException("unknown source " + source);
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw new BadRequestException("unknown kind " + kind);
        }
        return base.facts().stream()
                .filter(f -> company == null || company.equals(f.company() == null ? "both" : f.company().slug()))
                .filter(f -> topic == null || f.topic().slug().equals(topic))
                .filter(f -> source == null || f.citations().stream().anyMatch(c -> c.source().slug().equals(source)))
                .filter(f -> kind == null || f.kind().name().toLowerCase(Locale.ROOT).equals(kind))
                .map(FactRecord::of).toList();
    }
}
