package org.sidebyside;

/** What loading one record from the seed files did to the database. */
public enum ImportOutcome {
    INSERTED,
    UPDATED,
    UNCHANGED,
    /** The record was changed in the app since it was imported; the import kept that edit. */
    KEPT_LOCAL_EDIT
}
