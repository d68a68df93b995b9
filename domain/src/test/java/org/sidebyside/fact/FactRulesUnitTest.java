package org.sidebyside.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;

class FactRulesUnitTest {

    private static final String ARTICLE = "Alipay now has about 427 million monthly active users.";

    private static final FactRules.Catalog CATALOG = new FactRules.Catalog() {
        @Override
        public boolean hasCompany(String slug) {
            return Set.of("alibaba", "amazon").contains(slug);
        }

        @Override
        public boolean hasTopic(String slug) {
            return "payments".equals(slug);
        }

        @Override
        public Optional<String> sourceText(String slug) {
            return "lessons".equals(slug) ? Optional.of(ARTICLE) : Optional.empty();
        }
    };

    private static FactContent figure(String company, BigDecimal value, String unit, List<CitationContent> citations) {
        return new FactContent(company, "payments", FactKind.FIGURE, "Alipay has about 427 million users.", value, unit,
                ValueQualifier.ABOUT, PartialDate.parse("2016"), null, null, citations)
                .withMeasure(value == null ? null : "Alipay's monthly active users");
    }

    private static List<String> fields(FactRules.Result r) {
        return r.problems().stream().map(Problem::field).toList();
    }

    @Test
    void acceptsAWellFormedFactAndLocatesItsQuote() {
        FactRules.Result r = FactRules.check(figure("alibaba", new BigDecimal("427000000"), "people",
                List.of(new CitationContent("lessons", "about 427 million monthly active users"))), CATALOG);
        assertThat(r.ok()).isTrue();
        assertThat(r.spans()).singleElement().satisfies(s ->
                assertThat(ARTICLE.substring(s.start(), s.end())).isEqualTo("about 427 million monthly active users"));
    }

    @Test
    void refusesValuesBeyondTwentyIntegerDigitsHoweverTheyAreWritten() {
        for (String huge : List.of("1e2147483647", "-1e2147483647", "1e21", "123456789012345678901")) {
            assertThat(FactRules.check(figure("alibaba", new BigDecimal(huge), "people",
                    List.of(new CitationContent("lessons", "427 million"))), CATALOG).problems())
                    .as(huge).extracting(Problem::field, Problem::code).contains(tuple("value", "too-large"));
        }
        assertThat(fields(FactRules.check(figure("alibaba", new BigDecimal("1e19"), "people",
                List.of(new CitationContent("lessons", "427 million"))), CATALOG))).doesNotContain("value");
    }

    @Test
    void requiresValueAndUnitTogether() {
        assertThat(fields(FactRules.check(figure("alibaba", new BigDecimal("1"), " ",
                List.of(new CitationContent("lessons", "427 million"))), CATALOG))).contains("unit");
        assertThat(fields(FactRules.check(figure("alibaba", null, "people",
                List.of(new CitationContent("lessons", "427 million"))), CATALOG))).contains("value", "qualifier");
    }

    @Test
    void aValueSaysWhatItMeasuresAndOnlyAValueDoes() {
        List<CitationContent> cited = List.of(new CitationContent("lessons", "427 million"));
        FactContent bare = figure("alibaba", new BigDecimal("25"), "percent", cited).withMeasure("  ");
        assertThat(FactRules.check(bare, CATALOG).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("measure", "required-with-value"));

        FactContent measureAlone = figure("alibaba", null, null, cited).withMeasure("Alipay's users");
        assertThat(FactRules.check(measureAlone, CATALOG).problems()).extracting(Problem::field, Problem::code)
                .contains(tuple("value", "required-with-measure"));

        FactContent wordy = figure("alibaba", new BigDecimal("25"), "percent", cited)
                .withMeasure("x".repeat(FactRules.MEASURE_MAX + 1));
        assertThat(FactRules.check(wordy, CATALOG).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("measure", "too-long"));
    }

    @Test
    void refusesAQuoteThatIsNotInItsSourceAndUnknownReferences() {
        FactRules.Result r = FactRules.check(figure("tencent", new BigDecimal("1"), "people",
                List.of(new CitationContent("lessons", "428 million"), new CitationContent("nowhere", "x y z"))), CATALOG);
        assertThat(r.problems()).extracting(Problem::field, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple("company", "unknown"),
                org.assertj.core.groups.Tuple.tuple("citations[0].quote", "not-in-source"),
                org.assertj.core.groups.Tuple.tuple("citations[1].source", "unknown"));
    }

    @Test
    void requiresACitationAndADateForAnEvent() {
        FactContent event = new FactContent("amazon", "payments", FactKind.EVENT, "Something happened.", null, null,
                null, null, null, null, List.of());
        assertThat(fields(FactRules.check(event, CATALOG))).contains("asOf", "citations");
    }

    @Test
    void boundsTheLengthOfTexts() {
        FactContent longOne = new FactContent("amazon", "payments", FactKind.STATEMENT, "x".repeat(501), null, null,
                null, null, null, "n".repeat(1001), List.of(new CitationContent("lessons", "q".repeat(2001))));
        assertThat(fields(FactRules.check(longOne, CATALOG))).contains("statement", "note", "citations[0].quote");
    }

    @Test
    void aQuoteThatStandsTwiceNeedsTheWordsBeforeOrAfterTheOccurrenceMeant() {
        FactRules.Catalog twice = new FactRules.Catalog() {
            @Override
            public boolean hasCompany(String slug) {
                return CATALOG.hasCompany(slug);
            }

            @Override
            public boolean hasTopic(String slug) {
                return CATALOG.hasTopic(slug);
            }

            @Override
            public Optional<String> sourceText(String slug) {
                return Optional.of("Summary: Alipay has 427 million users. Body: Alipay has 427 million users, it says.");
            }
        };
        String quote = "Alipay has 427 million users";
        FactRules.Result ambiguous = FactRules.check(figure("alibaba", new BigDecimal("427000000"), "people",
                List.of(new CitationContent("lessons", quote))), twice);
        assertThat(ambiguous.problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("citations[0].prefix", "ambiguous"));
        assertThat(ambiguous.problems().get(0).message()).contains("stands 2 times");

        FactRules.Result anchored = FactRules.check(figure("alibaba", new BigDecimal("427000000"), "people",
                List.of(new CitationContent("lessons", quote, "Body:", null))), twice);
        assertThat(anchored.ok()).isTrue();
        assertThat(anchored.spans().get(0).start()).isEqualTo(
                "Summary: Alipay has 427 million users. Body: ".length());

        FactRules.Result nowhere = FactRules.check(figure("alibaba", new BigDecimal("427000000"), "people",
                List.of(new CitationContent("lessons", quote, "Preface:", null))), twice);
        assertThat(nowhere.problems()).extracting(Problem::code).containsExactly("context-not-found");
    }

    @Test
    void aFactAboutAMarketNamesNoCompanyAndIsNeverCompared() {
        FactContent market = new FactContent("alibaba", "payments", FactKind.STATEMENT, "China had few credit cards.", null,
                null, null, null, "credit-cards", null, List.of(new CitationContent("lessons", "Alipay now has")), "China",
                null);
        assertThat(FactRules.check(market, CATALOG).problems()).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(tuple("market", "with-company"), tuple("comparison", "market"));
        FactContent context = new FactContent(null, "payments", FactKind.STATEMENT, "China had few credit cards.", null,
                null, null, null, null, null, List.of(new CitationContent("lessons", "Alipay now has")), "China",
                null);
        assertThat(FactRules.check(context, CATALOG).ok()).isTrue();
    }
}
