package org.sidebyside.compare;

import java.math.BigDecimal;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.ValueQualifier;

/**
 * A fact's figure, as far as comparing it goes.
 *
 * @param qualifier "about", "more than"...: null when the figure is exact
 * @param asOf      when the figure held; null when the article does not say
 */
public record Figure(BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf) {
}
