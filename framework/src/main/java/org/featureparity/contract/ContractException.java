package org.featureparity.contract;

import java.util.List;
import java.util.stream.Collectors;

/** A contract that cannot be used, with every problem found in it. */
public class ContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ContractProblem> problems;

    public ContractException(List<ContractProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public ContractException(ContractProblem problem) {
        this(List.of(problem));
    }

    public List<ContractProblem> problems() {
        return problems;
    }

    private static String render(List<ContractProblem> problems) {
        if (problems.size() == 1) {
            return "Invalid contract: " + problems.get(0);
        }
        return problems.stream().map(ContractProblem::toString)
                .collect(Collectors.joining("\n  ", "Invalid contract (" + problems.size() + " problems):\n  ", ""));
    }
}
