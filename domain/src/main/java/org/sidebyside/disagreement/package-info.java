/**
 * Where the articles disagree: curated disagreements between facts, with their rules, their
 * history and their import from the seed files.
 */
package org.sidebyside.disagreement;
