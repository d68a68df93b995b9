/** The source reader: the four articles, each cited quote highlighted and linked to its facts. */
package org.sidebyside.web.source;
