/** The home page: the topics and how many facts each company has on them. */
package org.sidebyside.web.home;
