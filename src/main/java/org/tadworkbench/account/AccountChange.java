package org.tadworkbench.account;

import java.time.Instant;

/** One audited change to an account: who made it, when, what (account-added, account-disabled), before and after. */
public record AccountChange(long sequence, Instant at, String actor, String action, String username, String before,
                            String after) {
}
