/**
 * How readers of the fact base learn that it changed: an event after every committed change
 * made through JPA in this process, and the same event when another process (another app
 * instance, the import command, a database session) commits a change, announced by
 * PostgreSQL {@code NOTIFY} on the {@value org.sidebyside.factbase.FactBaseChanged#CHANNEL}
 * channel.
 */
package org.sidebyside.factbase;
