/** The page where the sources disagree, side by side. */
package org.sidebyside.web.disagreement;
