/** Fact permalinks: one fact with its quotes and related facts, at an address that never changes. */
package org.sidebyside.web.fact;
