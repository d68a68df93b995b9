/** Citations of a fact or a source, ready to copy (APA, MLA, Chicago) or to import (BibTeX, RIS, CSL-JSON). */
package org.sidebyside.web.cite;
