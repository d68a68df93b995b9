package org.sidebyside.web.system;

import java.util.List;
import java.util.Objects;
import org.sidebyside.history.Revision;

/**
 * What the conflict page shows: who saved the record since the instructor opened it, each
 * field that differs (theirs beside what was typed), and the typed form, which sends it once
 * more over the version saved now.
 *
 * @param lastChange the newest recorded change of the record, or null
 * @param path       where the current version is edited, or null if it is gone
 * @param fields     the fields whose typed value differs from the saved one
 * @param kept       what was typed, to send again
 */
public record Conflict(Revision lastChange, String path, List<Field> fields, KeptInput kept) {

    /** A field: its name, what was typed and what is saved now (empty where nothing is). */
    public record Field(String name, String yours, String theirs) {

        /** The field's name in words: {@code citations[0].quote} is "citation 1 quote". */
        public String label() {
            return KeptInput.Field.words(name);
        }

        /** Whether what was typed is not what is saved, blanks around aside. */
        boolean differs() {
            return !Objects.equals(yours.strip(), theirs.strip());
        }
    }
}
