package org.tadworkbench.account;

/**
 * Who a person is at an OpenID Connect provider: its issuer and the subject it gives them (the ID token's
 * {@code iss} and {@code sub}). An account bound to one is found by it, never by its username alone.
 */
public record ProviderIdentity(String issuer, String subject) {

    public ProviderIdentity {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an identity needs an issuer and a subject");
        }
    }
}
