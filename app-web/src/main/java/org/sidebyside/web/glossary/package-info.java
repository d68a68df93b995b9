/** The glossary page, and the links from terms on the pages to it. */
package org.sidebyside.web.glossary;
