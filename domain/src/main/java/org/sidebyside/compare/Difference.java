package org.sidebyside.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How two figures of the same unit differ: percentage points between percentages, otherwise
 * how many times the larger is the smaller. Where either figure is approximate the amount is
 * rounded to a whole number and marked so, rather than claiming a precision the sources do
 * not have; where the two are not of the same known date, that is said too.
 *
 * @param kind        points or ratio
 * @param amount      the points (larger minus smaller) or the ratio (larger over smaller, to one decimal)
 * @param larger      which of the two figures is larger: 0 for the first, 1 for the second
 * @param approximate whether either figure is qualified ("about", "more than")
 * @param dating      whether the two figures are of the same date
 */
public record Difference(Kind kind, BigDecimal amount, int larger, boolean approximate, Dating dating) {

    public enum Kind { POINTS, RATIO }

    public enum Dating {
        /** Both figures are of the same known date. */
        SAME_DATE,
        /** Neither figure has a date. */
        UNDATED,
        /** The dates differ, or only one is known. */
        OTHER_DATES
    }

    /** The difference between two figures, or empty where they cannot be compared. */
    public static Optional<Difference> between(Figure a, Figure b) {
        if (a == null || b == null || a.value() == null || b.value() == null || a.unit() == null
                || !a.unit().equals(b.unit()) || a.value().signum() <= 0 || b.value().signum() <= 0) {
            return Optional.empty();
        }
        int larger = a.value().compareTo(b.value()) >= 0 ? 0 : 1;
        Figure big = larger == 0 ? a : b;
        Figure small = larger == 0 ? b : a;
        boolean approximate = a.qualifier() != null || b.qualifier() != null;
        Dating dating = a.asOf() != null && a.asOf().equals(b.asOf()) ? Dating.SAME_DATE
                : a.asOf() == null && b.asOf() == null ? Dating.UNDATED : Dating.OTHER_DATES;
        if ("percent".equals(a.unit())) {
            BigDecimal points = big.value().subtract(small.value());
            return Optional.of(new Difference(Kind.POINTS,
                    approximate ? points.setScale(0, RoundingMode.HALF_UP) : points, larger, approximate, dating));
        }
        BigDecimal ratio = big.value().divide(small.value(), approximate ? 0 : 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(new Difference(Kind.RATIO, ratio, larger, approximate, dating));
    }
}
