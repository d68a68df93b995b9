/** Both companies' dated facts in one chronology, filterable by company and topic. */
package org.sidebyside.web.timeline;
