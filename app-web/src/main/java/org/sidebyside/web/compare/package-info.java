/** The comparison pages: every topic with the two companies in aligned columns. */
package org.sidebyside.web.compare;
