/** Cross-cutting pieces of the web app: start-up import, error pages, layout helpers. */
package org.sidebyside.web.system;
