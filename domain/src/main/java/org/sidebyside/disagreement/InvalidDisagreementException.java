package org.sidebyside.disagreement;

import java.util.List;
import java.util.stream.Collectors;
import org.sidebyside.fact.Problem;

/** A disagreement's content breaks the rules; carries every problem at once. */
public class InvalidDisagreementException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidDisagreementException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
