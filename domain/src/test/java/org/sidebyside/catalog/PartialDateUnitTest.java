package org.sidebyside.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateUnitTest {

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        assertThat(PartialDate.parse("2016").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2016-04").iso()).isEqualTo("2016-04");
        assertThat(PartialDate.parse("2016-07-12").date()).isEqualTo(LocalDate.of(2016, 7, 12));
    }

    @Test
    void readsWellForPeople() {
        assertThat(PartialDate.parse("2016").display(Locale.ENGLISH)).isEqualTo("2016");
        assertThat(PartialDate.parse("2016-04").display(Locale.ENGLISH)).isEqualTo("April 2016");
        assertThat(PartialDate.parse("2011-07-06").display(Locale.ENGLISH)).isEqualTo("6 July 2011");
    }

    @Test
    void rejectsOtherFormsAndImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.parse("July 2016")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2016-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2016-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByDateThenPrecision() {
        assertThat(PartialDate.parse("2015")).isLessThan(PartialDate.parse("2015-01"));
        assertThat(PartialDate.parse("2014-12-31")).isLessThan(PartialDate.parse("2015"));
    }
}
