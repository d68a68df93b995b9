/**
 * Facts about the companies and the citations they rest on. A fact changes only through
 * {@link org.sidebyside.fact.FactService}, so the importer and the admin forms obey the
 * same {@link org.sidebyside.fact.FactRules}.
 */
package org.sidebyside.fact;
