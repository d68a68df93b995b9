/** The import command: {@code seeds/} into PostgreSQL, with a summary. */
package org.sidebyside.importer.cli;
