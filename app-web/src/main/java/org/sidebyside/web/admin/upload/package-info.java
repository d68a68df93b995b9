/** Bulk upload of a facts file in the seed format: preview, then apply in one transaction. */
package org.sidebyside.web.admin.upload;
