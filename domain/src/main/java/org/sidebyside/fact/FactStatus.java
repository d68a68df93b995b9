package org.sidebyside.fact;

/** Students see published facts only. */
public enum FactStatus {
    DRAFT, PUBLISHED
}
