package org.tadworkbench.workspace;

import java.util.regex.Pattern;

/** The file names of the workspace format (see docs/workspace-format.md). */
public final class WorkspaceFiles {

    public static final String MANIFEST = "workspace.yaml";
    public static final String GLOSSARY = "glossary.yaml";
    public static final String REFERENCES = "references.yaml";
    public static final String SPECS = "specs.yaml";
    public static final String PLAN = "plan.yaml";
    public static final String RAID = "raid.yaml";
    public static final String ELEMENTS = "model/elements.yaml";
    public static final String RELATIONSHIPS = "model/relationships.yaml";
    public static final String VARIATIONS = "model/variations.yaml";
    public static final String VIEWS = "model/views.yaml";
    public static final String TRACES = "traces.yaml";
    public static final String REVIEW_STATES = "review/states.yaml";
    public static final String REVIEW_CONSULTATIONS = "review/consultations.yaml";
    public static final String REVIEW_COMMENTS = "review/comments.yaml";
    public static final String REVIEW_DISPOSITIONS = "review/dispositions.yaml";
    public static final String REVIEW_DECISIONS = "review/decisions.yaml";
    public static final String REVIEW_NOTICES = "review/notices.yaml";
    public static final String REVIEW_AUDIT = "review/audit.yaml";
    public static final String SECTIONS_DIR = "sections";
    public static final String RELEASES_DIR = "releases";
    public static final Pattern SECTION_FILE = Pattern.compile("sections/[^/]+\\.md");
    public static final Pattern SNAPSHOT_SECTION_FILE = Pattern.compile("versions/([^/]+)/sections/[^/]+\\.md");
    /** A register kept in a version's snapshot: versions/2.0/model/elements.yaml, versions/2.0/glossary.yaml. */
    public static final Pattern SNAPSHOT_REGISTER_FILE = Pattern.compile("versions/([^/]+)/("
            + String.join("|", java.util.stream.Stream.of(ELEMENTS, RELATIONSHIPS, VARIATIONS, VIEWS, GLOSSARY, REFERENCES)
                    .map(Pattern::quote).toList()) + ")");
    /** The ingested text of a specification version: specs/DUIS/3.0d3/clauses.yaml. */
    public static final Pattern CLAUSE_TREE_FILE = Pattern.compile("specs/([^/]+)/([^/]+)/clauses\\.yaml");
    public static final Pattern IMPACTS_FILE = Pattern.compile("releases/([^/]+)/impacts\\.yaml");

    private WorkspaceFiles() {
    }

    public static String snapshotSectionsDir(String version) {
        return "versions/" + version + "/" + SECTIONS_DIR;
    }

    /** Where a version's snapshot keeps one of the registers: {@code snapshotFile("2.0", VIEWS)} is versions/2.0/model/views.yaml. */
    public static String snapshotFile(String version, String register) {
        return "versions/" + version + "/" + register;
    }

    public static String clauseTreeFile(String document, String version) {
        return "specs/" + document + "/" + version + "/clauses.yaml";
    }

    public static String impactsFile(String release) {
        return RELEASES_DIR + "/" + release + "/impacts.yaml";
    }
}
