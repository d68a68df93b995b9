/**
 * The fact base: two companies compared topic by topic, every fact resting on a verbatim
 * quote from one of the source articles. This module holds the model, its rules and the
 * schema; it knows nothing of the web.
 */
package org.sidebyside;
