/** The glossary of terms the articles use, with our definitions and the articles' own. */
package org.sidebyside.glossary;
