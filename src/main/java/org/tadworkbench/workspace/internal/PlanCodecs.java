package org.tadworkbench.workspace.internal;

import java.util.Map;
import java.util.Set;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidEntry;
import org.tadworkbench.plan.RaidIssue;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.yaml.snakeyaml.nodes.Node;

/** plan.yaml and raid.yaml: project control. */
public final class PlanCodecs {

    private static final Set<String> ENTRY = Set.of("id", "text", "source");

    private PlanCodecs() {
    }

    public static Plan readPlan(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "plan", Set.of("currency", "resources", "milestones", "activities", "budget"));
        Plan plan = new Plan(m.required("currency"),
                m.list("resources", n -> {
                    MapReader r = new MapReader(ctx, n, "resource", Set.of("id", "name", "dayRate"));
                    Resource resource = new Resource(r.required("id"), r.required("name"), r.decimal("dayRate", true));
                    return r.locate(resource) ? resource : null;
                }),
                m.list("milestones", n -> {
                    MapReader r = new MapReader(ctx, n, "milestone", Set.of("id", "title", "start", "end", "description"));
                    Milestone milestone = new Milestone(r.required("id"), r.required("title"), r.date("start", true),
                            r.date("end", true), r.optional("description"));
                    return r.locate(milestone) ? milestone : null;
                }),
                m.list("activities", n -> {
                    MapReader r = new MapReader(ctx, n, "activity", Set.of("id", "milestone", "title", "resource",
                            "effort", "start", "end", "owner", "dependsOn"));
                    Activity activity = new Activity(r.required("id"), r.optional("milestone"), r.required("title"),
                            r.required("resource"), r.decimal("effort", true), r.date("start", true), r.date("end", true),
                            r.optional("owner"), r.strings("dependsOn"));
                    return r.locate(activity) ? activity : null;
                }),
                m.list("budget", n -> {
                    MapReader r = new MapReader(ctx, n, "budget line", Set.of("financialYear", "amount", "note"));
                    BudgetLine line = new BudgetLine(r.required("financialYear"), r.decimal("amount", true), r.optional("note"));
                    return r.locate(line) ? line : null;
                }));
        m.locate(plan);
        return plan;
    }

    public static Map<String, Object> writePlan(Plan plan) {
        return Tree.map().put("currency", plan.currency())
                .put("resources", plan.resources().stream().map(r -> Tree.map().put("id", r.id()).put("name", r.name())
                        .put("dayRate", r.dayRate()).build()).toList())
                .put("milestones", plan.milestones().stream().map(m -> Tree.map().put("id", m.id())
                        .put("title", m.title()).put("start", m.start()).put("end", m.end())
                        .opt("description", m.description()).build()).toList())
                .put("activities", plan.activities().stream().map(a -> Tree.map().put("id", a.id())
                        .opt("milestone", a.milestone()).put("title", a.title()).put("resource", a.resource())
                        .put("effort", a.effort()).put("start", a.start()).put("end", a.end()).opt("owner", a.owner())
                        .opt("dependsOn", a.dependsOn()).build()).toList())
                .put("budget", plan.budget().stream().map(b -> Tree.map().put("financialYear", b.financialYear())
                        .put("amount", b.amount()).opt("note", b.note()).build()).toList())
                .build();
    }

    public static RaidLog readRaid(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "RAID log",
                Set.of("risks", "assumptions", "constraints", "issues", "dependencies"));
        RaidLog raid = new RaidLog(
                m.list("risks", n -> {
                    MapReader r = new MapReader(ctx, n, "risk", Set.of("id", "title", "description", "likelihood",
                            "impact", "owner", "mitigation", "status", "raised"));
                    Integer likelihood = r.integer("likelihood", 1, 5);
                    Integer impact = r.integer("impact", 1, 5);
                    Risk risk = new Risk(r.required("id"), r.required("title"), r.optional("description"),
                            likelihood == null ? 0 : likelihood, impact == null ? 0 : impact, r.required("owner"),
                            r.optional("mitigation"), r.required("status"), r.date("raised", false));
                    return r.locate(risk) ? risk : null;
                }),
                m.list("assumptions", n -> entry(n, ctx, "assumption")),
                m.list("constraints", n -> entry(n, ctx, "constraint")),
                m.list("issues", n -> {
                    MapReader r = new MapReader(ctx, n, "issue", Set.of("id", "title", "description", "owner", "status", "raised"));
                    RaidIssue issue = new RaidIssue(r.required("id"), r.required("title"), r.optional("description"),
                            r.optional("owner"), r.required("status"), r.date("raised", false));
                    return r.locate(issue) ? issue : null;
                }),
                m.list("dependencies", n -> entry(n, ctx, "dependency")));
        m.locate(raid);
        return raid;
    }

    private static RaidEntry entry(Node node, ReadContext ctx, String what) {
        MapReader r = new MapReader(ctx, node, what, ENTRY);
        RaidEntry entry = new RaidEntry(r.required("id"), r.required("text"), r.optional("source"));
        return r.locate(entry) ? entry : null;
    }

    public static Map<String, Object> writeRaid(RaidLog raid) {
        return Tree.map()
                .put("risks", raid.risks().stream().map(r -> Tree.map().put("id", r.id()).put("title", r.title())
                        .opt("description", r.description()).put("likelihood", r.likelihood()).put("impact", r.impact())
                        .put("owner", r.owner()).opt("mitigation", r.mitigation()).put("status", r.status())
                        .opt("raised", r.raised()).build()).toList())
                .put("assumptions", raid.assumptions().stream().map(PlanCodecs::writeEntry).toList())
                .put("constraints", raid.constraints().stream().map(PlanCodecs::writeEntry).toList())
                .put("issues", raid.issues().stream().map(i -> Tree.map().put("id", i.id()).put("title", i.title())
                        .opt("description", i.description()).opt("owner", i.owner()).put("status", i.status())
                        .opt("raised", i.raised()).build()).toList())
                .put("dependencies", raid.dependencies().stream().map(PlanCodecs::writeEntry).toList())
                .build();
    }

    private static Map<String, Object> writeEntry(RaidEntry e) {
        return Tree.map().put("id", e.id()).put("text", e.text()).opt("source", e.source()).build();
    }
}
