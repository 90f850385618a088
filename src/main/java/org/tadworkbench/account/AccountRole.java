package org.tadworkbench.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person does in the TAD's governance, after the PID's quality route. Spring Security sees each role as the
 * authority {@code ROLE_<NAME>}, e.g. {@code ROLE_TABASC_CHAIR}.
 */
public enum AccountRole {
    TABASC_CHAIR("TABASC chair"),
    TABASC_MEMBER("TABASC member"),
    PROJECT_MANAGER("project manager"),
    DRAFTER("drafter (SECAS technical expert)"),
    QUALITY_ASSURANCE("quality assurance (SECAS core)"),
    TBEC_MEMBER("TBEC member"),
    RESPONDENT("SEC Party respondent"),
    ADMINISTRATOR("administrator"),
    /**
     * Signed in, but no role (issue 16): an OpenID Connect account whose claims map to no role. No rule names it, so
     * such a person reads exactly what an anonymous reader does and changes nothing.
     */
    NONE("reader without a role");

    private final String label;

    AccountRole(String label) {
        this.label = label;
    }

    /** The role as it reads mid-sentence, e.g. in a refusal: "only TABASC chair may ...". */
    public String label() {
        return label;
    }

    /** The Spring Security authority: {@code ROLE_} and the constant's name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as users type it: {@code tabasc-chair}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code tabasc-chair}, {@code TABASC_CHAIR} or {@code tabasc chair}; the message lists the valid roles. */
    public static AccountRole parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (AccountRole role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "': use one of " + codes());
    }

    static String codes() {
        return Arrays.stream(values()).map(AccountRole::code).collect(Collectors.joining(", "));
    }
}
