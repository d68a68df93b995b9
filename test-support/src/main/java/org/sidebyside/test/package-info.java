/**
 * Test wiring shared by every module: each test JVM gets a PostgreSQL database of its own,
 * from Testcontainers where Docker answers and otherwise freshly created on the local
 * server, and dropped when the JVM exits. Tests never touch anyone's real data.
 */
package org.sidebyside.test;
