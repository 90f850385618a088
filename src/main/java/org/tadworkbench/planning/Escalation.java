package org.tadworkbench.planning;

/**
 * A threshold the plan has crossed: who it goes to, why, and the budget line ("2019/20") or milestone ("M3") it is
 * about (the other is null).
 */
public record Escalation(EscalationLevel level, String reason, String budgetLine, String milestone) {
}
