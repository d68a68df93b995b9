package org.sidebyside.fact;

/**
 * One thing wrong with a fact's content.
 *
 * @param field the field it concerns, as named in {@link FactContent} ("citations[1].quote")
 * @param code a stable code a form can turn into a message
 * @param message a plain-English explanation
 */
public record Problem(String field, String code, String message) {
}
