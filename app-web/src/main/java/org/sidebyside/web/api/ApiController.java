package org.sidebyside.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sidebyside.search.FactSearch;
import org.sidebyside.search.SearchQuery;
import org.sidebyside.search.SearchResults;
import org.sidebyside.web.export.FactRecord;
import org.sidebyside.web.export.FactRecords;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Fact base", description = "The published facts comparing Alibaba and Amazon, with their sources")
class ApiController {

    private final FactBaseReader reader;
    private final FactRecords records;

    private final FactSearch search;

    ApiController(FactBaseReader reader, FactRecords records, FactSearch search) {
        this.reader = reader;
        this.records = records;
        this.search = search;
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok(body);
    }

    @GetMapping("/companies")
    @Operation(summary = "The two companies, in column order")
    ResponseEntity<List<ApiRecords.Company>> companies() {
        return ok(reader.published().companies().stream().map(ApiRecords.Company::of).toList());
    }

    @GetMapping("/topics")
    @Operation(summary = "The topics, in reading order")
    ResponseEntity<List<ApiRecords.Topic>> topics() {
        return ok(reader.published().topics().stream().map(ApiRecords.Topic::of).toList());
    }

    @GetMapping("/sources")
    @Operation(summary = "The source articles' metadata")
    ResponseEntity<List<ApiRecords.Source>> sources() {
        return ok(reader.published().sources().stream().map(s -> ApiRecords.Source.of(s, null)).toList());
    }

    @GetMapping("/sources/{slug}")
    @Operation(summary = "One source article with its full text")
    ResponseEntity<ApiRecords.Source> source(@PathVariable String slug) {
        FactBase base = reader.published();
        return ok(ApiRecords.Source.of(base.source(slug).orElseThrow(() -> new NotFoundException("source " + slug)),
                reader.text(slug).orElse(null)));
    }

    @GetMapping("/facts")
    @Operation(summary = "Published facts, optionally filtered; each with its citations")
    ResponseEntity<List<FactRecord>> facts(
            @Parameter(description = "company slug, or 'both'") @RequestParam(required = false) String company,
            @Parameter(description = "topic slug") @RequestParam(required = false) String topic,
            @Parameter(description = "source slug: facts citing it") @RequestParam(required = false) String source,
            @Parameter(description = "statement, figure, event or product") @RequestParam(required = false) String kind) {
        return ok(records.matching(company, topic, source, kind));
    }

    @GetMapping("/facts/{key}")
    @Operation(summary = "One published fact by its key")
    ResponseEntity<FactRecord> fact(@PathVariable String key) {
        FactBase base = reader.published();
        java.util.Optional<String> merged = base.fact(key).isPresent() ? java.util.Optional.empty() : base.redirect(key);
        if (merged.isPresent()) {
            // a near-duplicate merged into another fact: its old key leads there for good
            return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
                    .location(java.net.URI.create("/api/facts/" + merged.get())).build();
        }
        FactView f = base.fact(key).orElseThrow(() -> new NotFoundException("fact " + key));
        return ok(FactRecord.of(f));
    }

    @GetMapping("/disagreements")
    @Operation(summary = "Where the source articles disagree, each side with its facts, quotes and report dates")
    ResponseEntity<List<ApiRecords.Disagreement>> disagreements() {
        return ok(reader.published().disagreements().stream().map(ApiRecords.Disagreement::of).toList());
    }

    @GetMapping("/disagreements/{key}")
    @Operation(summary = "One disagreement by its key")
    ResponseEntity<ApiRecords.Disagreement> disagreement(@PathVariable String key) {
        return ok(ApiRecords.Disagreement.of(reader.published().disagreement(key)
                .orElseThrow(() -> new NotFoundException("disagreement " + key))));
    }

    @GetMapping("/search")
    @Operation(summary = "Search the published facts with a question in your own words",
            description = "Ranked by how much of the question each fact covers; words the fact base does not know "
                    + "are corrected first (the answer says so). One page of up to 20 facts.")
    ResponseEntity<ApiRecords.Search> search(
            @Parameter(description = "the question or words, up to 200 characters") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "page, from 1") @RequestParam(defaultValue = "1") int page) {
        if (page < 1 || page > 10_000) {
            throw new BadRequestException("page must be between 1 and 10000");
        }
        SearchResults results = search.search(SearchQuery.of(q, null, null, null, page));
        FactBase base = reader.published();
        List<ApiRecords.SearchHit> hits = results.facts().stream()
                .flatMap(h -> base.fact(h.key()).map(f -> ApiRecords.SearchHit.of(FactRecord.of(f), h.score())).stream())
                .toList();
        return ok(new ApiRecords.Search(results.query().text(), results.searched(), results.corrected(), results.total(),
                results.more(), hits));
    }
}
