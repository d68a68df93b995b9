/**
 * Full-text search over the published facts, their quotes and the articles' text, in
 * PostgreSQL: a weighted, generated tsvector per fact, {@code websearch_to_tsquery}, ranking,
 * highlighted snippets, and pg_trgm to correct misspelt words.
 */
package org.sidebyside.search;
