/**
 * What instructors use to curate the fact base, under {@code /admin}: sign-in, facts with
 * their citations, drafts and publishing, history, conflicts, bulk upload and the dashboard.
 * Every change goes through the domain services, the same ones the importer uses.
 */
package org.sidebyside.web.admin;
