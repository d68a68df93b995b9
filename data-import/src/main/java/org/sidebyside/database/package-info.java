/**
 * Finding a database for the runnable applications when started by hand: the configured
 * one, else Docker Compose, else a database created on the local PostgreSQL server, else
 * (where none is configured) an embedded PostgreSQL that keeps its data under the user's
 * home, else a short message saying what to do.
 */
package org.sidebyside.database;
