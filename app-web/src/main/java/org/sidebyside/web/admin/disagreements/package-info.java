/** The instructors' admin of disagreements: create, edit, retire and restore, with history. */
package org.sidebyside.web.admin.disagreements;
