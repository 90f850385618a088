package org.tadworkbench.spec;

/** What sort of document a register entry is. */
public enum SpecKind {
    SEC_SECTION, SEC_APPENDIX, TECHNICAL_SPECIFICATION, LICENCE, SUPPORTING_DOCUMENT, SEC_CHANGES
}
