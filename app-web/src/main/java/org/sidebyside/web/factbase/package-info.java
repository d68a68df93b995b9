/**
 * The published fact base as the student pages see it: immutable views read in a handful
 * of queries per request, and the formatting of figures, dates and references.
 */
package org.sidebyside.web.factbase;
