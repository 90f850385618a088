package org.tadworkbench.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.spec.SpecRegister;

/**
 * Everything a workspace folder holds, as one value. Sections are kept in outline order; releases by id.
 * Optional files that are absent read as empty values and are not written back.
 */
public record Workspace(DocumentManifest manifest, List<Section> sections, List<GlossaryTerm> glossary,
                        List<DocumentReference> references, SpecRegister specs, List<ReleaseImpacts> releases,
                        Plan plan, RaidLog raid, ArchitectureModel model) {

    private static final Comparator<Section> OUTLINE_ORDER = Comparator.comparing(
            (Section s) -> SectionNumber.isWellFormed(s.number()) ? SectionNumber.parse(s.number()) : new SectionNumber(new int[] {Integer.MAX_VALUE}))
            .thenComparing(Section::number);

    public Workspace {
        sections = sections.stream().sorted(OUTLINE_ORDER).toList();
        glossary = List.copyOf(glossary);
        references = List.copyOf(references);
        releases = releases.stream().sorted(Comparator.comparing(ReleaseImpacts::release)).toList();
    }

    public Optional<Section> section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    public Optional<ReleaseImpacts> release(String id) {
        return releases.stream().filter(r -> r.release().equals(id)).findFirst();
    }
}
