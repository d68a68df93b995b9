/**
 * Finding a quote in an article's text despite differences in whitespace, line breaks,
 * line-end hyphens and typographic quotes, and recording where it stands.
 */
package org.sidebyside.quote;
