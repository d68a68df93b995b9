/** Study mode: quiz rounds as plain forms, each answer showing its fact, quote and article. */
package org.sidebyside.web.study;
