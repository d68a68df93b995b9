/** The search page and the search box every page carries. */
package org.sidebyside.web.search;
