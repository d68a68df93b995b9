package org.sidebyside.catalog;

/** How much of a date is known: the articles often give only a year or a month. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
