/** Topics, sources and companies for instructors: list, create, edit, delete with confirmation. */
package org.sidebyside.web.admin.catalog;
