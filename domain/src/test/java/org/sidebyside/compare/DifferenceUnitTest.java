package org.sidebyside.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.ValueQualifier;

class DifferenceUnitTest {

    private static Figure figure(String value, String unit, ValueQualifier qualifier, String asOf) {
        return new Figure(new BigDecimal(value), unit, qualifier, asOf == null ? null : PartialDate.parse(asOf));
    }

    @Test
    void percentagesDifferInPointsLargerMinusSmaller() {
        Difference d = Difference.between(figure("1.3", "percent", null, "2014"), figure("61.4", "percent", null, "2014"))
                .orElseThrow();
        assertThat(d.kind()).isEqualTo(Difference.Kind.POINTS);
        assertThat(d.amount()).isEqualByComparingTo("60.1");
        assertThat(d.larger()).isEqualTo(1);
        assertThat(d.approximate()).isFalse();
        assertThat(d.dating()).isEqualTo(Difference.Dating.SAME_DATE);
    }

    @Test
    void otherUnitsDifferByHowManyTimesTheLargerIsTheSmallerToOneDecimal() {
        Difference d = Difference.between(figure("17.8", "USD", null, null), figure("5", "USD", null, null)).orElseThrow();
        assertThat(d.kind()).isEqualTo(Difference.Kind.RATIO);
        assertThat(d.amount()).isEqualByComparingTo("3.6");
        assertThat(d.larger()).isZero();
        assertThat(d.dating()).isEqualTo(Difference.Dating.UNDATED);
    }

    @Test
    void anApproximateFigureMakesTheDifferenceAWholeNumberMarkedApproximate() {
        Difference points = Difference.between(figure("61.4", "percent", ValueQualifier.ABOUT, "2014"),
                figure("1.3", "percent", null, "2015")).orElseThrow();
        assertThat(points.amount()).isEqualByComparingTo("60");
        assertThat(points.approximate()).isTrue();
        assertThat(points.dating()).isEqualTo(Difference.Dating.OTHER_DATES);

        Difference ratio = Difference.between(figure("427000000", "people", ValueQualifier.MORE_THAN, null),
                figure("100000000", "people", null, null)).orElseThrow();
        assertThat(ratio.amount()).isEqualByComparingTo("4");
    }

    @Test
    void onlyOneKnownDateIsNotTheSameDate() {
        assertThat(Difference.between(figure("2", "times", null, "2016"), figure("1", "times", null, null)).orElseThrow()
                .dating()).isEqualTo(Difference.Dating.OTHER_DATES);
    }

    @Test
    void figuresOfOtherUnitsZeroOrNegativeOrMissingDoNotCompare() {
        assertThat(Difference.between(figure("2", "USD", null, null), figure("1", "percent", null, null))).isEmpty();
        assertThat(Difference.between(figure("0", "USD", null, null), figure("1", "USD", null, null))).isEmpty();
        assertThat(Difference.between(figure("-3", "USD", null, null), figure("1", "USD", null, null))).isEmpty();
        assertThat(Difference.between(new Figure(null, "USD", null, null), figure("1", "USD", null, null))).isEmpty();
        assertThat(Difference.between(new Figure(BigDecimal.ONE, null, null, null), new Figure(BigDecimal.TEN, null, null, null)))
                .isEmpty();
        assertThat(Difference.between(null, figure("1", "USD", null, null))).isEmpty();
    }
}
