package org.tadworkbench.review;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.impact.ImpactStatus;

/**
 * Who may give an impact row each status: the one table of it. SECAS drafters and the project manager move the work
 * on (proposed, identified, drafting, drafted, no impact), which includes triaging the rows the workbench proposed
 * from a specification diff; reviewing is SECAS quality assurance's check; accepting or rejecting a row is for
 * quality assurance or the TABASC (its chair records its decisions), not any drafter. Leaving accepted or
 * rejected undoes that judgement, so it needs the same roles. The administrator manages accounts, not documents.
 */
public final class ImpactStatusRoles {

    private static final Set<AccountRole> SECAS_DRAFTING = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER,
            AccountRole.QUALITY_ASSURANCE);
    private static final Set<AccountRole> JUDGES = EnumSet.of(AccountRole.QUALITY_ASSURANCE, AccountRole.TABASC_CHAIR);

    private static final Map<ImpactStatus, Set<AccountRole>> MAY_SET = new EnumMap<>(Map.of(
            ImpactStatus.PROPOSED, SECAS_DRAFTING,
            ImpactStatus.IDENTIFIED, SECAS_DRAFTING,
            ImpactStatus.DRAFTING, SECAS_DRAFTING,
            ImpactStatus.DRAFTED, SECAS_DRAFTING,
            ImpactStatus.NO_IMPACT, SECAS_DRAFTING,
            ImpactStatus.REVIEWED, EnumSet.of(AccountRole.QUALITY_ASSURANCE),
            ImpactStatus.ACCEPTED, JUDGES,
            ImpactStatus.REJECTED, JUDGES));

    private ImpactStatusRoles() {
    }

    /** The roles that may give a row {@code status}. */
    public static Set<AccountRole> mayGive(ImpactStatus status) {
        return MAY_SET.get(status);
    }

    /** Every role that may change some row's status (what the web lets post at all). */
    public static Set<AccountRole> anyChange() {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        MAY_SET.values().forEach(roles::addAll);
        return roles;
    }

    /** Why {@code role} may not move a row from {@code from} to {@code to}; empty when it may. */
    public static Optional<String> refusal(ImpactStatus from, ImpactStatus to, AccountRole role) {
        if (!MAY_SET.get(to).contains(role)) {
            return Optional.of("only " + Workflow.labels(MAY_SET.get(to)) + " may mark an impact row " + code(to)
                    + ", not a " + role.label());
        }
        if ((from == ImpactStatus.ACCEPTED || from == ImpactStatus.REJECTED) && from != to && !JUDGES.contains(role)) {
            return Optional.of("only " + Workflow.labels(JUDGES) + " may reopen an impact row that is " + code(from)
                    + ", not a " + role.label());
        }
        return Optional.empty();
    }

    /** Throws {@link RoleRefusedException} with the reason when {@link #refusal} refuses. */
    public static void check(ImpactStatus from, ImpactStatus to, AccountRole role) {
        refusal(from, to, role).ifPresent(reason -> {
            throw new RoleRefusedException(reason);
        });
    }

    private static String code(ImpactStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
