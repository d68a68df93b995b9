/** Instructors' editorial lists: what leads the home page and the stories. */
package org.sidebyside.web.admin.editorial;
