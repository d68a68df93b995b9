/** The audit log: every change by every curator, filterable by user and date. */
package org.sidebyside.web.admin.audit;
