package org.sidebyside.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorUnitTest {

    private static final String TEXT = "Amazon has been selling self-\noperated books online in the early stage and has a\n"
            + "complete   logistics system. It\u2019s \u201cwin-win\u201d.";

    @Test
    void findsAVerbatimQuoteAndReportsItsOffsetsInTheOriginalText() {
        QuoteSpan span = QuoteLocator.locate(TEXT, "books online").orElseThrow();
        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo("books online");
    }

    @Test
    void joinsWordsHyphenatedAcrossALineBreak() {
        QuoteSpan span = QuoteLocator.locate(TEXT, "selling self-operated books").orElseThrow();
        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo("selling self-\noperated books");
    }

    @Test
    void ignoresDifferencesInWhitespaceAndLineBreaks() {
        QuoteSpan span = QuoteLocator.locate(TEXT, "has a complete logistics system").orElseThrow();
        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo("has a\ncomplete   logistics system");
    }

    @Test
    void treatsTypographicQuotesAsPlainOnes() {
        assertThat(QuoteLocator.locate(TEXT, "It's \"win-win\".")).isPresent();
    }

    @Test
    void refusesAQuoteThatIsNotInTheText() {
        assertThat(QuoteLocator.locate(TEXT, "books offline")).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, "   ")).isEmpty();
    }

    @Test
    void doesNotMatchAcrossChangedWords() {
        assertThat(QuoteLocator.locate(TEXT, "selling self operated books")).isEmpty();
    }

    @Test
    void tellsWhetherAQuoteStillStandsAtItsOffsets() {
        QuoteSpan span = QuoteLocator.locate(TEXT, "complete logistics system").orElseThrow();
        assertThat(QuoteLocator.standsAt(TEXT, "complete logistics system", span.start(), span.end())).isTrue();
        assertThat(QuoteLocator.standsAt(TEXT, "complete logistics system", span.start() + 1, span.end())).isFalse();
        assertThat(QuoteLocator.standsAt(TEXT, "complete logistics system", 0, TEXT.length() + 5)).isFalse();
    }

    /** As the 2021 post stands: its subtitle repeats the first sentence of the section under a heading. */
    private static final String REPEATED = "What we can learn\n\nThe biggest difference is that Amazon is customer driven. "
            + "That might seem the same...\n\nThe biggest difference\n\nThe biggest difference is that Amazon is "
            + "customer driven. That might seem the same but it is not.";
    private static final String QUOTE = "The biggest difference is that Amazon is customer driven.";

    @Test
    void aQuoteThatStandsTwiceIsFoundOnlyWithWordsThatSayWhichOccurrenceIsMeant() {
        QuoteLocator.Located bare = QuoteLocator.locate(REPEATED, QUOTE, null, null);
        assertThat(bare.span()).isEmpty();
        assertThat(bare.ambiguous()).isTrue();
        assertThat(bare.occurrences()).isEqualTo(2);
        assertThat(QuoteLocator.locate(REPEATED, QUOTE)).isEmpty();

        QuoteSpan body = QuoteLocator.locate(REPEATED, QUOTE, "The biggest difference", null).span().orElseThrow();
        assertThat(body.start()).isEqualTo(REPEATED.lastIndexOf(QUOTE));
        QuoteSpan sameByItsSuffix = QuoteLocator.locate(REPEATED, QUOTE, null, "That might seem the same but").span().orElseThrow();
        assertThat(sameByItsSuffix).isEqualTo(body);
        QuoteSpan subtitle = QuoteLocator.locate(REPEATED, QUOTE, "What we can  learn", "That might seem the same...")
                .span().orElseThrow();
        assertThat(subtitle.start()).isEqualTo(REPEATED.indexOf(QUOTE));
    }

    @Test
    void wordsAroundAQuoteThatStandNowhereNearItFindNothingAndSaySo() {
        QuoteLocator.Located wrong = QuoteLocator.locate(REPEATED, QUOTE, "In conclusion", null);
        assertThat(wrong.span()).isEmpty();
        assertThat(wrong.ambiguous()).isFalse();
        assertThat(wrong.occurrences()).isEqualTo(2);
        assertThat(wrong.matching()).isZero();
    }
}
