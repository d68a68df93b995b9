/** Facts for instructors: list, create, edit, delete, publish, preview, history, conflicts. */
package org.sidebyside.web.admin.facts;
