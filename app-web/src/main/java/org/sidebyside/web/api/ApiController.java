package org.sidebyside.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sidebyside.web.export.FactRecord;
import org.sidebyside.web.export.FactRecords;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.factbase.FactView;
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

    ApiController(FactBaseReader reader, FactRecords records) {
        this.reader = reader;
        this.records = records;
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
        FactView f = reader.published().fact(key).orElseThrow(() -> new NotFoundException("fact " + key));
        return ok(FactRecord.of(f));
    }
}
