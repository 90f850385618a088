package org.tadworkbench.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.SpecDesignation;
import org.tadworkbench.spec.SpecKind;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Workspace;

/**
 * The register of specifications, grouped by kind, with each entry's SEC designation (Technical Specification,
 * Technical Code Specification or neither) and the release baselines their versions belong to.
 */
@Controller
class SpecsController {

    private final CurrentWorkspace current;

    SpecsController(CurrentWorkspace current) {
        this.current = current;
    }

    @GetMapping("/specs")
    String listSpecs(Model model) {
        Workspace ws = current.require();
        SpecRegister register = ws.specs();
        // Kinds in the register's enum order; within a kind, the order the register lists them.
        Map<SpecKind, List<Specification>> byKind = register.specs().stream()
                .sorted(Comparator.comparing(Specification::kind))
                .collect(Collectors.groupingBy(Specification::kind, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("groups", byKind.entrySet().stream().map(e -> new KindGroup(e.getKey(), e.getValue())).toList());
        model.addAttribute("codeSpecs", register.specs().stream()
                .filter(s -> s.designation().isTechnicalCodeSpecification()).count());
        model.addAttribute("technicalSpecs", register.specs().stream()
                .filter(s -> s.designation() == SpecDesignation.TECHNICAL_SPECIFICATION).count());
        model.addAttribute("baselines", register.baselines());
        model.addAttribute("baselineTitles", register.baselines().stream()
                .collect(Collectors.toMap(Baseline::id, Baseline::title, (a, b) -> a)));
        return "specs/listSpecs";
    }

    record KindGroup(SpecKind kind, List<Specification> specs) {
    }
}
