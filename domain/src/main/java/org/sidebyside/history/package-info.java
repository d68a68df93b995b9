/**
 * The history of the fact base: every change, with who made it, when and what it was. A
 * fact's revisions hold its whole content, so two can be compared and one restored.
 * (Hibernate Envers would be the library for this; its 7.4 line is not in the registry this
 * project builds from, so the history is kept by the domain services themselves.)
 */
package org.sidebyside.history;
