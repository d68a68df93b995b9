/** One company's page: everything the articles say about it, grouped by topic. */
package org.sidebyside.web.company;
