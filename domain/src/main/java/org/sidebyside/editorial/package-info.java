/**
 * Editorial choices kept as data: named, ordered lists of comparison keys or topic slugs that
 * pages follow (what leads the home page), and the stories, each a topic told as a page of
 * its own with its layout, title, lead and sections.
 */
package org.sidebyside.editorial;
