package org.tadworkbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Which prepared query comes next, per benchmark thread: the queries are taken in turn, round and round. */
@State(Scope.Thread)
public class QueryCursor {
    private int next;

    int advance(int count) {
        int i = next;
        next = (next + 1) % count;
        return i;
    }
}
