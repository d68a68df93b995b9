/**
 * The stories the articles tell, as pages that read well: the failed products, the eight
 * lessons, and the three pillars of customer experience.
 */
package org.sidebyside.web.story;
