package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.PartyCategory;

/** How the identity provider's claims become the account (issue 16), as configured with {@code tad.oidc.*}. */
class OidcClaimsTests {

    private final OidcSignIn signIn = new OidcSignIn(new MockEnvironment()
            .withProperty("tad.oidc.issuer", "https://id.example.org")
            .withProperty("tad.oidc.client-id", "tad")
            .withProperty("tad.oidc.role-claim", "groups")
            .withProperty("tad.oidc.organisation-claim", "org")
            .withProperty("tad.oidc.party-category-claim", "category")
            .withProperty("tad.oidc.roles.tad-drafters", "drafter")
            .withProperty("tad.oidc.roles[SECAS Quality]", "quality-assurance")
            .withProperty("tad.oidc.roles.parties", "respondent"), null);

    @Test
    void theRoleClaimMayBeAListOrOneStringAndKeysInBracketsKeepTheirCaseAndSpaces() {
        assertThat(signIn.claimed(Map.of("preferred_username", "Ann", "groups", List.of("staff", "tad-drafters"))).role())
                .isEqualTo(AccountRole.DRAFTER);
        Account quality = signIn.claimed(Map.of("preferred_username", "bob", "name", "Bob Q", "org", "SECAS",
                "groups", "SECAS Quality"));
        assertThat(quality.role()).isEqualTo(AccountRole.QUALITY_ASSURANCE);
        assertThat(quality.username()).isEqualTo("bob");
        assertThat(quality.displayName()).isEqualTo("Bob Q");
        assertThat(quality.organisation()).isEqualTo("SECAS");
    }

    @Test
    void noMappedValueMeansNoRole() {
        assertThat(signIn.claimed(Map.of("preferred_username", "cy", "groups", List.of("secas quality"))).role())
                .isEqualTo(AccountRole.NONE);
        assertThat(signIn.claimed(Map.of("preferred_username", "cy")).role()).isEqualTo(AccountRole.NONE);
    }

    @Test
    void aRespondentTakesOrganisationAndPartyCategoryFromTheClaims() {
        Account respondent = signIn.claimed(Map.of("preferred_username", "rita@example.com", "groups", "parties",
                "org", "Example Energy Ltd", "category", "large-supplier"));
        assertThat(respondent.role()).isEqualTo(AccountRole.RESPONDENT);
        assertThat(respondent.partyCategory()).isEqualTo(PartyCategory.LARGE_SUPPLIER);

        assertThatThrownBy(() -> signIn.claimed(Map.of("preferred_username", "rob", "groups", "parties", "org", "X Ltd")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("a respondent answers for an SEC Party").hasMessageContaining("party category missing");
    }

    @Test
    void claimsThatMakeNoAccountAreRefusedWithTheReason() {
        assertThatThrownBy(() -> signIn.claimed(Map.of("email", "dee@example.org")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("did not give the claim preferred_username");
        assertThatThrownBy(() -> signIn.claimed(Map.of("preferred_username", "Dee Smith")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("invalid username 'Dee Smith'");
        assertThatThrownBy(() -> signIn.claimed(Map.of("preferred_username", "dee", "groups", List.of("tad-drafters", "SECAS Quality"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("several roles (drafter, quality-assurance)");
    }

    @Test
    void aMappingToAnUnknownRoleOrWithoutItsClaimStopsTheServerFromStarting() {
        assertThatThrownBy(() -> new OidcSignIn(new MockEnvironment().withProperty("tad.oidc.issuer", "https://id.example.org")
                .withProperty("tad.oidc.client-id", "tad").withProperty("tad.oidc.role-claim", "groups")
                .withProperty("tad.oidc.roles.x", "editor"), null)).hasMessageContaining("unknown role 'editor'");
        assertThatThrownBy(() -> new OidcSignIn(new MockEnvironment().withProperty("tad.oidc.issuer", "https://id.example.org")
                .withProperty("tad.oidc.client-id", "tad").withProperty("tad.oidc.roles.x", "drafter"), null))
                .hasMessageContaining("tad.oidc.role-claim");
        assertThatThrownBy(() -> new OidcSignIn(new MockEnvironment().withProperty("tad.oidc.issuer", "https://id.example.org"), null))
                .hasMessageContaining("tad.oidc.client-id");
    }
}
