package org.tadworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.impact.ImpactStatus;

/** Who may give an impact row which status: every role, for every move from one status to another. */
class ImpactStatusRolesTests {

    /** The rule as the issue states it, written out independently of the table under test. */
    private static boolean expected(AccountRole role, ImpactStatus from, ImpactStatus to) {
        Set<AccountRole> drafting = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER, AccountRole.QUALITY_ASSURANCE);
        Set<AccountRole> judges = EnumSet.of(AccountRole.QUALITY_ASSURANCE, AccountRole.TABASC_CHAIR);
        boolean mayGive = switch (to) {
            case PROPOSED, IDENTIFIED, DRAFTING, DRAFTED, NO_IMPACT -> drafting.contains(role);
            case REVIEWED -> role == AccountRole.QUALITY_ASSURANCE;
            case ACCEPTED, REJECTED -> judges.contains(role);
        };
        boolean mayReopen = from != ImpactStatus.ACCEPTED && from != ImpactStatus.REJECTED || from == to || judges.contains(role);
        return mayGive && mayReopen;
    }

    static List<Arguments> everyRoleAndMove() {
        List<Arguments> cases = new ArrayList<>();
        for (AccountRole role : AccountRole.values()) {
            for (ImpactStatus from : ImpactStatus.values()) {
                for (ImpactStatus to : ImpactStatus.values()) {
                    cases.add(Arguments.of(role, from, to));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("everyRoleAndMove")
    void eachRoleMayMakeExactlyTheMovesTheRuleGivesIt(AccountRole role, ImpactStatus from, ImpactStatus to) {
        boolean allowed = ImpactStatusRoles.refusal(from, to, role).isEmpty();

        assertThat(allowed).isEqualTo(expected(role, from, to));
        if (!allowed) {
            assertThatThrownBy(() -> ImpactStatusRoles.check(from, to, role)).isInstanceOf(RoleRefusedException.class)
                    .hasMessageEndingWith("not a " + role.label());
        }
    }

    @Test
    void aDrafterIsToldWhoMayAccept() {
        assertThat(ImpactStatusRoles.refusal(ImpactStatus.DRAFTED, ImpactStatus.ACCEPTED, AccountRole.DRAFTER)).hasValue(
                "only TABASC chair or quality assurance (SECAS core) may mark an impact row accepted, not a drafter (SECAS technical expert)");
        assertThat(ImpactStatusRoles.refusal(ImpactStatus.ACCEPTED, ImpactStatus.DRAFTING, AccountRole.DRAFTER)).hasValue(
                "only TABASC chair or quality assurance (SECAS core) may reopen an impact row that is accepted, not a drafter (SECAS technical expert)");
    }

    @Test
    void theAdministratorAndRespondentsChangeNoRow() {
        assertThat(ImpactStatusRoles.anyChange()).doesNotContain(AccountRole.ADMINISTRATOR, AccountRole.RESPONDENT,
                AccountRole.TBEC_MEMBER, AccountRole.TABASC_MEMBER);
    }
}
