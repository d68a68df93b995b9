/**
 * Test wiring shared by every module: each test JVM gets a PostgreSQL database of its own,
 * from Testcontainers where Docker answers, otherwise freshly created on the local server,
 * otherwise on an embedded server started for the JVM, and gone when the JVM exits. Tests
 * never touch anyone's real data.
 */
package org.sidebyside.test;
