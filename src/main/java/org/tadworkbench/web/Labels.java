package org.tadworkbench.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.spec.SpecDesignation;
import org.tadworkbench.spec.SpecKind;

/** How enum values read on the pages; templates call it as {@code @labels}. */
@Component("labels")
class Labels {

    /** Words for people: NO_IMPACT reads "no impact". */
    public String of(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The spelling of workspace files and query parameters: NO_IMPACT is "no-impact". */
    public String code(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String applicability(Applicability value) {
        return switch (value) {
            case SMETS2PLUS -> "SMETS2+";
            case SMETS1 -> "SMETS1";
            case BOTH -> "SMETS2+ and SMETS1";
        };
    }

    /**
     * The badge saying, in words, what a section or element applies to (not by colour alone), for {@link OutlineHtml}:
     * the markup of the {@code applicability} fragment in fragments.html, which the templates use.
     */
    public String badge(Applicability value) {
        return "<span class=\"badge badge--" + code(value) + "\"><span class=\"visually-hidden\">Applies to </span><span>"
                + HtmlUtils.htmlEscape(applicability(value)) + "</span></span>";
    }

    public String kind(SpecKind kind) {
        return switch (kind) {
            case SEC_SECTION -> "SEC sections";
            case SEC_APPENDIX -> "SEC appendices";
            case TECHNICAL_SPECIFICATION -> "Technical specifications";
            case LICENCE -> "Licences";
            case SUPPORTING_DOCUMENT -> "Supporting documents";
            case SEC_CHANGES -> "SEC changes";
        };
    }

    /** The SEC's own terms, capitalised as the SEC defines them. */
    public String designation(SpecDesignation designation) {
        return switch (designation) {
            case TECHNICAL_SPECIFICATION -> "Technical Specification (so also a Technical Code Specification)";
            case TECHNICAL_CODE_SPECIFICATION -> "Technical Code Specification";
            case OTHER -> "Neither";
        };
    }
}
