package org.sidebyside.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactStatus;

class FactDiffUnitTest {

    private static FactSnapshot snapshot(String statement, String value, FactStatus status, CitationContent... citations) {
        return new FactSnapshot(new FactContent(null, "payments", FactKind.FIGURE, statement,
                value == null ? null : new BigDecimal(value), value == null ? null : "percent", null,
                PartialDate.parse("2014"), "payment-share", null, List.of(citations)), status);
    }

    @Test
    void namesExactlyTheFieldsThatChangedIncludingEachCitationsSourceAndQuote() {
        FactSnapshot before = snapshot("Alipay leads.", "48", FactStatus.DRAFT, new CitationContent("paper", "Alipay leads"));
        FactSnapshot after = snapshot("Alipay leads.", "49", FactStatus.PUBLISHED, new CitationContent("paper", "Alipay leads"),
                new CitationContent("adage", "48 percent"));
        assertThat(FactDiff.changed(before, after)).containsExactly("status", "value", "citations[1].source", "citations[1].quote");
    }

    @Test
    void aValueWrittenDifferentlyButEqualInPlainNotationIsNotAChange() {
        assertThat(FactDiff.changed(snapshot("x", "48.0", FactStatus.DRAFT), snapshot("x", "48", FactStatus.DRAFT))).isEmpty();
    }

    @Test
    void againstNothingEveryFieldOfTheOtherSideCountsAndTheCompanyReadsBoth() {
        FactSnapshot created = snapshot("Alipay leads.", null, FactStatus.DRAFT, new CitationContent("paper", "Alipay leads"));
        List<FactDiff.Field> fields = FactDiff.between(null, created);
        assertThat(fields).filteredOn(FactDiff.Field::name, "company").singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("both"));
        assertThat(fields).filteredOn(FactDiff.Field::name, "value").singleElement()
                .satisfies(f -> assertThat(f.changed()).isFalse());
        assertThat(FactDiff.changed(null, created)).contains("status", "statement", "citations[0].quote").doesNotContain("value");
    }
}
