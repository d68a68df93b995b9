package org.sidebyside.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sidebyside.web.factbase.ChartView;
import org.sidebyside.web.factbase.Comparisons;
import org.sidebyside.web.factbase.FactBase;
import org.sidebyside.web.factbase.FactBaseReader;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fact base as files. CSV is UTF-8 with a byte-order mark, so spreadsheet programs
 * (Excel included) read the quotes' typographic characters right; one row per citation. No
 * cell can run as a formula ({@link SpreadsheetCells}).
 */
@Controller
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BOM = "\uFEFF";
    private static final String[] FACT_COLUMNS = {"key", "company", "topic", "kind", "statement", "value", "unit",
        "qualifier", "as_of", "comparison", "note", "source", "source_title", "quote", "quote_start", "quote_end",
        "reported", "market", "measure"};

    private final FactBaseReader reader;
    private final FactRecords records;
    private final Comparisons comparisons;

    ExportController(FactBaseReader reader, FactRecords records, Comparisons comparisons) {
        this.reader = reader;
        this.records = records;
        this.comparisons = comparisons;
    }

    @GetMapping("/export/facts.csv")
    ResponseEntity<String> factsCsv() {
        String csv = csv(FACT_COLUMNS, printer -> {
            for (FactRecord r : records.all()) {
                for (FactRecord.CitationRecord c : r.citations()) {
                    SpreadsheetCells.record(printer, r.key(), r.company(), r.topic(), r.kind(), r.statement(),
                            SpreadsheetCells.figure(r.value()), r.unit(), r.qualifier(), r.asOf(),
                            r.comparison(), r.note(), c.source(), c.sourceTitle(), c.quote(), c.start(), c.end(),
                            c.reported(), r.market(), r.measure());
                }
            }
        });
        return download(csv, CSV, "alibaba-amazon-facts.csv");
    }

    @GetMapping("/export/facts.json")
    ResponseEntity<List<FactRecord>> factsJson() {
        List<FactRecord> facts = records.all();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("alibaba-amazon-facts.json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(facts);
    }

    @GetMapping("/export/charts/{id}.csv")
    ResponseEntity<String> chartCsv(@PathVariable String id) {
        FactBase base = reader.published();
        ChartView chart = comparisons.charts(comparisons.rows(base, base.facts())).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("chart " + id));
        String csv = csv(new String[] {"company", "value", "unit", "figure", "as_of", "fact", "sources"}, printer -> {
            for (ChartView.Point p : chart.points()) {
                SpreadsheetCells.record(printer, p.label(), SpreadsheetCells.figure(p.value()), chart.unit(), p.display(),
                        p.fact().asOf() == null ? null : p.fact().asOf().iso(), p.fact().key(),
                        String.join("; ", p.fact().citations().stream().map(c -> c.source().displayTitle()).distinct().toList()));
            }
        });
        return download(csv, CSV, "chart-" + id + ".csv");
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static ResponseEntity<String> download(String body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .contentType(type)
                .body(body);
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
