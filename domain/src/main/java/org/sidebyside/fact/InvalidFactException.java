package org.sidebyside.fact;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a fact's content breaks the rules; carries every problem at once. */
public class InvalidFactException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidFactException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
