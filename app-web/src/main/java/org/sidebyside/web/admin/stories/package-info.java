/** The stories' admin: instructors add, change and remove the stories students read. */
package org.sidebyside.web.admin.stories;
