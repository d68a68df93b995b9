package org.sidebyside.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class ExportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    FactService facts;

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private Map<String, String> statements() {
        return jdbc.queryForList("select fact_key, statement from fact where status = 'PUBLISHED'").stream()
                .collect(Collectors.toMap(r -> (String) r.get("fact_key"), r -> (String) r.get("statement")));
    }

    @Test
    void noCellOfTheCsvCanRunAsASpreadsheetFormula() throws Exception {
        String key = "test-csv-formula";
        facts.create(key, new FactContent("amazon", "online-to-offline", FactKind.EVENT,
                "=HYPERLINK(\"http://example.invalid\",\"Amazon launched Local Services in 2015\")", null, null, null,
                PartialDate.parse("2015"), null, "@SUM(1+1)",
                List.of(new CitationContent("eight-lessons", "Amazon also launched its Local Services in 2015."))),
                FactStatus.PUBLISHED);
        try {
            String csv = fetch("/export/facts.csv").getContentAsString(StandardCharsets.UTF_8);
            CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.substring(1))).stream()
                    .filter(r -> r.get("key").equals(key)).findFirst().orElseThrow();
            assertThat(row.get("statement")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"Amazon launched Local Services in 2015\")");
            assertThat(row.get("note")).isEqualTo("'@SUM(1+1)");
            assertThat(row.get("quote")).isEqualTo("Amazon also launched its Local Services in 2015.");
        } finally {
            facts.delete(key, facts.state(key).orElseThrow().version());
        }
    }

    @Test
    void cellsStartingWithAFormulaCharacterAreQuotedAndFiguresAreNot() {
        for (String text : List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx")) {
            assertThat(SpreadsheetCells.safe(text)).as(text).isEqualTo("'" + text);
        }
        assertThat(SpreadsheetCells.safe("Alipay")).isEqualTo("Alipay");
        assertThat(SpreadsheetCells.safe("")).isEqualTo("");
        assertThat(SpreadsheetCells.safe(SpreadsheetCells.figure(new BigDecimal("-1E+3"))).toString()).isEqualTo("-1000");
    }

    @Test
    void theCsvParsesBackIntoTheSameFactsWithTheirQuotes() throws Exception {
        MockHttpServletResponse response = fetch("/export/facts.csv");

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"alibaba-amazon-facts.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();

        assertThat(rows).hasSize(jdbc.queryForObject("""
                select count(*) from citation c join fact f on f.id = c.fact_id where f.status = 'PUBLISHED'""", Integer.class));
        Map<String, String> statements = statements();
        assertThat(rows.stream().map(r -> r.get("key")).distinct()).containsExactlyInAnyOrderElementsOf(statements.keySet());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("statement")).isEqualTo(statements.get(r.get("key"))));
        CSVRecord tmall = rows.stream().filter(r -> r.get("key").equals("tmall-china-b2c-share-2014")
                && r.get("quote").contains("61.4%")).findFirst().orElseThrow();
        assertThat(tmall.get("company")).isEqualTo("alibaba");
        assertThat(new BigDecimal(tmall.get("value"))).isEqualByComparingTo("61.4");
        assertThat(tmall.get("unit")).isEqualTo("percent");
        assertThat(tmall.get("as_of")).isEqualTo("2014");
        assertThat(tmall.get("source")).isEqualTo("adage-amazon-tmall");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("source_title")).contains("\u201ctwins\u201d"));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Exported(String key, String company, String statement, BigDecimal value, String unit, String asOf,
                    List<Map<String, Object>> citations) {
    }

    @Test
    void theJsonParsesBackIntoTheSameFacts() throws Exception {
        MockHttpServletResponse response = fetch("/export/facts.json");

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"alibaba-amazon-facts.json\"");
        List<Exported> facts = List.of(json.readValue(response.getContentAsString(StandardCharsets.UTF_8), Exported[].class));
        Map<String, String> statements = statements();
        assertThat(facts).hasSize(statements.size())
                .allSatisfy(f -> assertThat(f.statement()).isEqualTo(statements.get(f.key())))
                .allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
        Exported prime = facts.stream().filter(f -> f.key().equals("amazon-prime-day-2016-sales-525-million")).findFirst().orElseThrow();
        assertThat(prime.value()).isEqualByComparingTo("525000000");
        assertThat(prime.asOf()).isEqualTo("2016-07-12");
    }

    @Test
    void eachChartsDataDownloadsAsCsvAndAnUnknownChartIsNotFound() throws Exception {
        MockHttpServletResponse response = fetch("/export/charts/china-b2c-share-2014.csv");
        String text = response.getContentAsString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).extracting(r -> r.get("company") + "=" + r.get("value")).containsExactly("Alibaba=61.4", "Amazon=1.3");
        assertThat(fetch("/export/charts/nope.csv").getStatus()).isEqualTo(404);
    }
}
