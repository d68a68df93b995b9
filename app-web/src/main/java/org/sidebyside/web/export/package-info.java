/** Downloads: every published fact as CSV or JSON, and each chart's data as CSV. */
package org.sidebyside.web.export;
