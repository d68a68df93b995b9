/** Sign-in, roles, lockout after failed logins, security headers, and the first admin account. */
package org.sidebyside.web.admin.security;
