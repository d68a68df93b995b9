/**
 * The rules of a side-by-side comparison, apart from how a page shows them: which facts pair
 * up ({@link Pairing}), how two figures differ ({@link Difference}), and how a page numbers the
 * quotes it cites ({@link FootnoteNumbers}).
 */
package org.sidebyside.compare;
