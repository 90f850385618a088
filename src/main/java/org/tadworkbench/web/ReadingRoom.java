package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.redline.Redline;
import org.tadworkbench.redline.RedlineException;
import org.tadworkbench.redline.SectionChange;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.workspace.Workspace;

/**
 * What every page of a version's text shares (issue 16, the public reading room): where that version's sections
 * live ({@code /sections/} for the current version, {@code /versions/{v}/sections/} for the others), the version
 * switcher of the versions this reader may read ({@link VersionAccess#readableVersions}), the links to the version's
 * glossary, references and downloads, and, on the draft's section pages, what changed since the live version.
 */
@Component
class ReadingRoom {

    /** The states whose published files (HTML, PDF, DOCX) the pages offer: a draft's may not build yet. */
    private static final List<DocumentState> PUBLISHED = List.of(DocumentState.PUBLISHED, DocumentState.LIVE,
            DocumentState.SUPERSEDED);

    private final VersionAccess access;
    private final MarkdownRenderer markdown;
    private final CurrentWorkspace current;

    ReadingRoom(VersionAccess access, MarkdownRenderer markdown, CurrentWorkspace current) {
        this.access = access;
        this.markdown = markdown;
        this.current = current;
    }

    /**
     * The page of one section of a version other than the current one, read-only, as that version was published: its
     * own text, its figures drawn from the model kept with its snapshot ({@code /versions/{v}/model/views/}), its
     * pictures ({@code /versions/{v}/figures/}) and its references from its own register. 404 when the version lacks
     * the section, saying which version was read.
     */
    String showSection(Workspace ws, String version, String number, HttpServletRequest request, Model model) {
        List<Section> sections = sectionsOf(ws, version);
        Section section = sections.stream().filter(s -> s.number().equals(number)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no section " + number + " in version " + version
                        + (access.state(ws, version) == DocumentState.LIVE ? ", the live version." : ".")));
        int index = sections.indexOf(section);
        String root = request.getContextPath() + "/versions/" + version + "/";
        ArchitectureModel architecture = ws.modelOf(version);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("version", version);
        model.addAttribute("section", section);
        model.addAttribute("parent", parentOf(section, sections));
        model.addAttribute("previous", index > 0 ? sections.get(index - 1) : null);
        model.addAttribute("next", index + 1 < sections.size() ? sections.get(index + 1) : null);
        model.addAttribute("body", markdown.toHtml(section.body(), root + "sections/", root + "model/views/"));
        model.addAttribute("elements", section.elements().stream().map(id -> new SectionController.NamedElement(id,
                architecture.element(id).map(Element::label).orElse(null))).toList());
        model.addAttribute("references", section.references().stream()
                .map(id -> CitedReference.of(id, ws.referencesOf(version))).toList());
        addVersion(model, ws, version, number);
        return "sections/showVersionSection";
    }

    static Section parentOf(Section section, List<Section> sections) {
        if (!SectionNumber.isWellFormed(section.number())) {
            return null;
        }
        return SectionNumber.parse(section.number()).parent().flatMap(parent -> sections.stream()
                .filter(s -> s.number().equals(parent.toString())).findFirst()).orElse(null);
    }

    /** One choice of the version switcher: "2.0 (live)". */
    record VersionChoice(String version, String state, boolean shown) {
        public String label() {
            return version + " (" + state + ")";
        }
    }

    /** Where the sections of {@code version} are read: the current version's at /sections/, the others' under /versions/. */
    static String sectionsPath(Workspace ws, String version) {
        return isCurrent(ws, version) ? "/sections/" : "/versions/" + version + "/sections/";
    }

    static boolean isCurrent(Workspace ws, String version) {
        return ws.manifest().currentVersion().map(DocumentVersion::version).filter(version::equals).isPresent();
    }

    /**
     * The shown version's state, the switcher's choices, the path of its sections, and whether it has published files:
     * {@code sectionNumber} (may be null) keeps the reader on the same section when they switch.
     */
    void addVersion(Model model, Workspace ws, String version, String sectionNumber) {
        DocumentState state = access.state(ws, version);
        model.addAttribute("shownVersion", version);
        model.addAttribute("shownState", state.label());
        model.addAttribute("shownLive", state == DocumentState.LIVE);
        model.addAttribute("shownSectionsPath", sectionsPath(ws, version));
        model.addAttribute("published", PUBLISHED.contains(state));
        model.addAttribute("switchSection", sectionNumber);
        model.addAttribute("versionChoices", access.readableVersions(ws).stream()
                .map(v -> new VersionChoice(v, access.state(ws, v).label(), v.equals(version))).toList());
    }

    /** Where the switcher sends a reader who chose {@code version} on the page of {@code section} (null: the outline). */
    static String switchTarget(Workspace ws, String version, String section) {
        boolean hasSection = section != null && ws.sectionsOf(version).orElse(List.of()).stream()
                .anyMatch(s -> s.number().equals(section));
        if (hasSection) {
            return sectionsPath(ws, version) + section;
        }
        return isCurrent(ws, version) ? "/outline" : "/versions/" + version + "/outline";
    }

    /**
     * What changed in the current version's section {@code number} since the live version, for readers of the draft:
     * empty when there is no live version other than the current one (or its text is not kept).
     */
    Optional<ChangeSinceLive> changeSinceLive(Workspace ws, String number) {
        Optional<String> current = ws.manifest().currentVersion().map(DocumentVersion::version);
        Optional<String> live = access.liveVersion(ws).filter(v -> current.filter(v::equals).isEmpty());
        if (current.isEmpty() || live.isEmpty()) {
            return Optional.empty();
        }
        // The whole comparison is kept with the workspace's snapshot: every section page of the draft reads it.
        Optional<Redline> redline = this.current.derived(ws, "redline " + live.get() + " " + current.get(), w -> {
            try {
                return Optional.of(Redline.compare(w, live.get(), current.get()));
            } catch (RedlineException e) {
                return Optional.<Redline>empty();
            }
        });
        return redline.flatMap(r -> r.sections().stream().filter(c -> number.equals(c.newNumber())).findFirst()
                .map(c -> ChangeSinceLive.of(live.get(), c)));
    }

    /**
     * A section's change since the live version: {@code description} as the redline words it ("reworded; 12 words
     * inserted, 3 deleted"), {@code added} for a section the live version lacks, and the changed paragraphs marked.
     */
    record ChangeSinceLive(String liveVersion, boolean changed, boolean added, String description, String changesHtml) {

        static ChangeSinceLive of(String live, SectionChange change) {
            return new ChangeSinceLive(live, change.changed(), change.oldNumber() == null, change.description(),
                    change.oldNumber() == null ? "" : HtmlRedline.changedParts(change.body()));
        }
    }

    /** The sections of a version the reader may read: 404 for a version the workspace lacks or kept no text of, 403 for a hidden one. */
    List<Section> sectionsOf(Workspace ws, String version) {
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new PageNotFoundException("There is no version " + version + " in the workspace.");
        }
        access.require(ws, version);
        return ws.sectionsOf(version).filter(sections -> !sections.isEmpty()).orElseThrow(() -> new PageNotFoundException(
                "The workspace keeps no text of version " + version + " (no versions/" + version + "/ snapshot)."));
    }
}
