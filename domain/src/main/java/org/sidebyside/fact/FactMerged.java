package org.sidebyside.fact;

/**
 * A near-duplicate is being merged into another fact, published just before the duplicate is
 * deleted, in the same transaction: what refers to it can move to the fact that absorbs it.
 */
public record FactMerged(Fact duplicate, Fact into) {
}
