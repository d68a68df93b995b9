package org.sidebyside.catalog;

/**
 * A topic or a company got a new name, inside the transaction that renames it; what copies
 * the name (the search index of its facts) follows in that same transaction.
 *
 * @param topicSlug   the renamed topic, or null
 * @param companySlug the renamed company, or null
 */
public record CatalogRenamed(String topicSlug, String companySlug) {

    public static CatalogRenamed topic(String slug) {
        return new CatalogRenamed(slug, null);
    }

    public static CatalogRenamed company(String slug) {
        return new CatalogRenamed(null, slug);
    }

    /** Whether a fact filed under this topic and company (null: both companies) names it. */
    public boolean affects(String factTopic, String factCompany) {
        return topicSlug != null ? topicSlug.equals(factTopic)
                // a company's new name also stands in every fact about both companies
                : factCompany == null || companySlug.equals(factCompany);
    }
}
