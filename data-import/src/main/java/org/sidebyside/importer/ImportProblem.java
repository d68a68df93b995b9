package org.sidebyside.importer;

/** One thing wrong in the seed files, with where it is (line 0 when the whole file is meant). */
public record ImportProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
