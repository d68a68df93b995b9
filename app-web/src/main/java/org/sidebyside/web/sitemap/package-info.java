/** {@code robots.txt} and {@code sitemap.xml}, from the published fact base. */
package org.sidebyside.web.sitemap;
