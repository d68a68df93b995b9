/**
 * Editorial choices kept as data: named, ordered lists of comparison keys or topic slugs that
 * pages follow (what leads the home page, a story's pillars, where each lesson leads).
 */
package org.sidebyside.editorial;
