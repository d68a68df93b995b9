/** Account management, for admins only. */
package org.sidebyside.web.admin.accounts;
