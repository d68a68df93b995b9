/** Study mode: quiz rounds generated from the published facts, every answer resting on a fact's quote. */
package org.sidebyside.study;
