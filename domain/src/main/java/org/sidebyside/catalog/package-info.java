/**
 * What facts are filed under and rest on: the companies, the topics and the source
 * articles with their full text.
 */
package org.sidebyside.catalog;
