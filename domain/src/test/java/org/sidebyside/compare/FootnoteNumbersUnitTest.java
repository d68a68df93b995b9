package org.sidebyside.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteNumbersUnitTest {

    @Test
    void quotesAreNumberedInTheOrderTheyAreFirstCited() {
        FootnoteNumbers numbers = new FootnoteNumbers();
        assertThat(numbers.cite("paper", "Alibaba is a platform")).isEqualTo(1);
        assertThat(numbers.cite("lessons", "Amazon is a retailer")).isEqualTo(2);
        assertThat(numbers.cite("paper", "Alibaba is a platform")).as("cited again").isEqualTo(1);
        assertThat(numbers.cite("paper", "a third quote")).isEqualTo(3);
        assertThat(numbers.count()).isEqualTo(3);
    }

    @Test
    void theSameWordsInAnotherSourceAreAnotherNote() {
        FootnoteNumbers numbers = new FootnoteNumbers();
        numbers.cite("paper", "Singles Day");
        assertThat(numbers.cite("adage", "Singles Day")).isEqualTo(2);
    }

    @Test
    void quotesDifferingOnlyInSpacingOrTypographicQuotesAreOneNote() {
        FootnoteNumbers numbers = new FootnoteNumbers();
        numbers.cite("paper", "Amazon\u2019s  store on\nTmall");
        assertThat(numbers.numberOf("paper", "Amazon's store on Tmall")).isEqualTo(1);
        assertThat(numbers.numberOf("paper", "not cited here")).isZero();
    }
}
