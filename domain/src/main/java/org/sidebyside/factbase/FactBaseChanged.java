package org.sidebyside.factbase;

/**
 * Something students may see has changed: a fact, citation, company, topic or source was
 * written and the transaction committed. Readers holding a copy of the fact base drop it.
 *
 * @param origin where the news came from
 */
public record FactBaseChanged(Origin origin) {

    /** The PostgreSQL notification channel the schema's triggers announce changes on. */
    public static final String CHANNEL = "fact_base_changed";

    public enum Origin {
        /** a transaction of this process committed */
        THIS_PROCESS,
        /** PostgreSQL announced a commit, possibly another process's */
        DATABASE,
        /** the notification channel was (re)connected: changes may have been missed */
        RECONNECTED
    }
}
