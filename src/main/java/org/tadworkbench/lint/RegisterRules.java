package org.tadworkbench.lint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** The document's versions, its glossary, its document references and the specification register. */
final class RegisterRules extends Rules {


    RegisterRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Set<String> baselines = unique(ws.specs().baselines(), b -> b.id(), "baseline").keySet();
        unique(ws.manifest().versions(), DocumentVersion::version, "document version");
        long live = ws.manifest().versions().stream().filter(v -> v.status() == VersionStatus.LIVE).count();
        if (live > 1) {
            error(ws.manifest(), "versions", "versions", live + " versions are live; at most one may be");
        }
        for (DocumentVersion version : ws.manifest().versions()) {
            if (!org.tadworkbench.document.VersionNumber.isWellFormed(version.version())) {
                error(version, "version", "version", "version '" + version.version() + "' is not a number such as 3.0");
            }
            if (version.release() != null && !baselines.contains(version.release())) {
                error(version, "release", "unknown-release", "version " + version.version() + " names release '"
                        + version.release() + "', which is not a baseline in specs.yaml");
            }
        }
        Map<String, Specification> specs = unique(ws.specs().specs(), Specification::id, "specification");
        for (Specification spec : ws.specs().specs()) {
            unique(spec.versions(), SpecVersion::version, "version of " + spec.id());
            for (SpecVersion version : spec.versions()) {
                if (version.baseline() != null && !baselines.contains(version.baseline())) {
                    error(version, "baseline", "unknown-release", spec.id() + " " + version.version()
                            + " names baseline '" + version.baseline() + "', which specs.yaml does not define");
                }
            }
        }
        codeSpecificationsInEachRelease(baselines);
        ingestedTexts(specs);
        Map<String, DocumentReference> references = unique(ws.references(), DocumentReference::id, "document reference");
        for (DocumentReference reference : ws.references()) {
            if (reference.spec() != null && !specs.containsKey(reference.spec())) {
                error(reference, "spec", "unknown-spec", "reference " + reference.id() + " names specification '"
                        + reference.spec() + "', which is not in specs.yaml");
            }
        }
        unique(ws.glossary(), GlossaryTerm::term, "glossary term");
        Set<String> terms = new HashSet<>();
        ws.glossary().forEach(t -> terms.add(t.term()));
        for (GlossaryTerm term : ws.glossary()) {
            if (term.reference() != null && !references.containsKey(term.reference())) {
                error(term, "reference", "unknown-reference", "term " + term.term() + " cites reference '"
                        + term.reference() + "', which is not in references.yaml");
            }
            term.deprecated().stream().filter(terms::contains).forEach(synonym -> warning(term, "deprecated",
                    "glossary", "'" + synonym + "' is both a defined term and a deprecated synonym of " + term.term()));
        }
    }

    /**
     * The TAD has to agree with every Technical Code Specification as it stands in each release the document is
     * written for (the release of each of its versions that is not superseded), so a Technical Code Specification
     * with no version in such a release is a gap in what the TAD can be checked against. A warning, not an error:
     * the register may honestly not know that version yet (and then says so in the entry's note). Releases that are
     * not baselines are already errors above and are not repeated here.
     */
    private void codeSpecificationsInEachRelease(Set<String> baselines) {
        Map<String, String> namedBy = new LinkedHashMap<>();
        for (DocumentVersion version : ws.manifest().versions()) {
            if (version.status() != VersionStatus.SUPERSEDED && baselines.contains(version.release())) {
                namedBy.putIfAbsent(version.release(), version.version());
            }
        }
        for (Specification spec : ws.specs().specs()) {
            if (!spec.designation().isTechnicalCodeSpecification()) {
                continue;
            }
            namedBy.forEach((release, documentVersion) -> {
                if (!spec.hasVersionIn(release)) {
                    warning(spec, null, "code-spec-not-baselined", "Technical Code Specification " + spec.id()
                            + " has no version in release " + release + ", which document version " + documentVersion
                            + " names");
                }
            });
        }
    }

    /**
     * An ingested version's text (specs/&lt;document&gt;/&lt;version&gt;/clauses.yaml) belongs to a version in the register, and
     * within it a clause number names one clause, since traces and diffs find clauses by number.
     */
    private void ingestedTexts(Map<String, Specification> specs) {
        for (ClauseTree text : ws.specs().texts()) {
            Specification spec = specs.get(text.document());
            if (spec == null) {
                error(text, "document", "unknown-spec", "clauses of " + text.key() + " are kept, but specs.yaml has no "
                        + "document " + text.document());
            } else if (spec.versions().stream().noneMatch(v -> v.version().equals(text.version()))) {
                error(text, "version", "unknown-version", "clauses of " + text.key() + " are kept, but specs.yaml lists no "
                        + "version " + text.version() + " of " + text.document());
            }
            Set<String> numbers = new HashSet<>();
            for (SpecClause clause : text.clauses()) {
                if (!clause.number().isEmpty() && !numbers.add(clause.number())) {
                    warning(clause, "number", "duplicate-clause", text.key() + " has more than one clause numbered "
                            + clause.number() + "; traces to it name the first");
                }
            }
        }
    }
}
