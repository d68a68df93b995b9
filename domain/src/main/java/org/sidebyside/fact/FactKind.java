package org.sidebyside.fact;

/** What sort of claim a fact is. */
public enum FactKind {
    /** A claim in words. */
    STATEMENT,
    /** A number with its unit. */
    FIGURE,
    /** Something that happened at a known date. */
    EVENT,
    /** A named product, service, programme or business unit. */
    PRODUCT
}
