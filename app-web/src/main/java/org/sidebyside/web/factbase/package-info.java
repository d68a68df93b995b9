/**
 * The published fact base as the student pages see it: one immutable snapshot in memory,
 * read again only when a change is committed on any instance, and the formatting of figures,
 * dates and references.
 */
package org.sidebyside.web.factbase;
