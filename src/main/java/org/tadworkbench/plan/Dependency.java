package org.tadworkbench.plan;

/** A task's link to a predecessor task: its kind and lag ({@link Lag#NONE} when none). */
public record Dependency(String task, LinkType type, Lag lag) {
    public Dependency {
        type = type == null ? LinkType.FS : type;
        lag = lag == null ? Lag.NONE : lag;
    }

    /** Finish-to-start without lag: plan.yaml writes it as the bare task id. */
    public static Dependency on(String task) {
        return new Dependency(task, LinkType.FS, Lag.NONE);
    }

    public boolean plain() {
        return type == LinkType.FS && lag.isZero();
    }
}
