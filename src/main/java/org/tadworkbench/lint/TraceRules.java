package org.tadworkbench.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Element;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** Trace links start at one section or one element and end at a clause of a document of the register. */
final class TraceRules extends Rules {

    TraceRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Set<String> sections = ws.sections().stream().map(Section::number).collect(Collectors.toSet());
        Set<String> elements = ws.model().elements().stream().map(Element::id).collect(Collectors.toSet());
        // Versions listed per document, looked up once: a large workspace has a hundred thousand traces.
        Map<String, Set<String>> versions = new HashMap<>();
        ws.specs().specs().forEach(spec -> versions.putIfAbsent(spec.id(),
                spec.versions().stream().map(SpecVersion::version).collect(Collectors.toSet())));
        Set<TraceLink> seen = new HashSet<>(ws.traces().size() * 2);
        for (TraceLink trace : ws.traces()) {
            if ((trace.section() == null) == (trace.element() == null)) {
                error(trace, null, "trace", "a trace starts at exactly one of section or element");
            } else if (trace.section() != null && !sections.contains(trace.section())) {
                error(trace, "section", "unknown-section", "trace from section " + trace.section() + ", which is not in the outline");
            } else if (trace.element() != null && !elements.contains(trace.element())) {
                error(trace, "element", "unknown-element", "trace from element '" + trace.element() + "', which the model does not define");
            }
            Set<String> listed = versions.get(trace.document());
            if (listed == null) {
                error(trace, "document", "unknown-spec", "trace to document '" + trace.document() + "', which is not in specs.yaml");
            } else if (trace.version() != null && !listed.contains(trace.version())) {
                error(trace, "version", "unknown-version", "trace to " + trace.document() + " version '" + trace.version()
                        + "', which specs.yaml does not list");
            }
            if ("1".equals(trace.clause())) {
                // Chapter 1 of a specification is its introduction: a trace there says nothing a section's
                // references do not, and was found standing in for a clause nobody had looked up.
                warning(trace, "clause", "placeholder-clause", "trace from " + trace.source() + " cites clause 1 of "
                        + trace.document() + ", the whole first chapter: cite the clause that says it, or leave the trace out");
            }
            if (!seen.add(trace)) {
                warning(trace, null, "duplicate", "the same trace is given twice: " + trace.source() + " → " + trace.citation());
            }
        }
    }
}
