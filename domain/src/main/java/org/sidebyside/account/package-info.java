/** Instructors' accounts: roles, hashed passwords, and locking after repeated failed logins. */
package org.sidebyside.account;
