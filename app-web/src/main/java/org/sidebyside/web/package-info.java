/**
 * The web application: server-rendered pages for students, and (under {@code admin}) the
 * forms instructors curate the fact base with.
 */
package org.sidebyside.web;
