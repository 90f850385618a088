package org.tadworkbench.workspace.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Constraint;
import org.tadworkbench.plan.ConstraintType;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Lag;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.BudgetThresholds;
import org.tadworkbench.plan.CalendarDay;
import org.tadworkbench.plan.PlanCalendar;
import org.tadworkbench.plan.RiskChange;
import org.tadworkbench.plan.RiskTrend;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidEntry;
import org.tadworkbench.plan.RaidIssue;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** plan.yaml and raid.yaml: project control. */
public final class PlanCodecs {

    private static final Set<String> ENTRY = Set.of("id", "text", "source");

    private PlanCodecs() {
    }

    public static Plan readPlan(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "plan", Set.of("currency", "resources", "milestones", "activities", "budget",
                "actuals", "thresholds", "calendar"));
        Plan plan = new Plan(m.required("currency"),
                m.list("resources", n -> {
                    MapReader r = new MapReader(ctx, n, "resource", Set.of("id", "name", "dayRate", "type",
                            "overtimeRate", "costPerUse"));
                    Resource resource = new Resource(r.required("id"), r.required("name"), r.decimal("dayRate", true),
                            resourceType(r), r.decimal("overtimeRate", false), r.decimal("costPerUse", false));
                    return r.locate(resource) ? resource : null;
                }),
                m.list("milestones", n -> {
                    MapReader r = new MapReader(ctx, n, "milestone", Set.of("id", "title", "start", "end", "description",
                            "minWorkingDays", "baselineStart", "baselineEnd"));
                    Milestone milestone = new Milestone(r.required("id"), r.required("title"), r.date("start", true),
                            r.date("end", true), r.optional("description"),
                            r.optional("minWorkingDays") == null ? null : r.integer("minWorkingDays", 0, 10000),
                            r.date("baselineStart", false), r.date("baselineEnd", false));
                    return r.locate(milestone) ? milestone : null;
                }),
                m.list("activities", n -> activity(n, ctx)),
                m.list("budget", n -> budgetLine(n, ctx)),
                m.list("actuals", n -> {
                    MapReader r = new MapReader(ctx, n, "actual", Set.of("activity", "month", "days", "resource"));
                    String activity = r.required("activity");
                    YearMonth month = month(r, ctx, "month");
                    BigDecimal days = r.decimal("days", true);
                    ActualEffort actual = new ActualEffort(activity, month, days, r.optional("resource"));
                    return !r.hasErrors() && month != null && r.locate(actual) ? actual : null;
                }),
                thresholds(child(root, "thresholds"), ctx),
                calendar(child(root, "calendar"), ctx));
        m.locate(plan);
        return plan;
    }

    private static final Set<String> RESOURCE_TYPES = Set.of("work", "material", "cost");

    private static String resourceType(MapReader r) {
        String type = r.optional("type");
        if (type != null && !RESOURCE_TYPES.contains(type)) {
            r.error("type", "type '" + type + "' is not one of work, material, cost");
        }
        return type;
    }

    /**
     * One task of the work breakdown. A task of one resource is written {@code resource} + {@code effort}, of several
     * as {@code assignments}; a finish-to-start dependency without lag as the bare task id, any other as a mapping
     * {@code {task, type, lag}}.
     */
    private static Activity activity(Node n, ReadContext ctx) {
        MapReader r = new MapReader(ctx, n, "activity", Set.of("id", "parent", "milestone", "title", "kind", "resource",
                "effort", "assignments", "start", "end", "owner", "dependsOn", "constraint", "progress", "baselineStart",
                "baselineEnd", "notes"));
        String id = r.required("id");
        List<Assignment> assignments = new ArrayList<>();
        String resource = r.optional("resource");
        BigDecimal effort = r.decimal("effort", false);
        if (resource != null) {
            assignments.add(new Assignment(resource, effort));
        } else if (effort != null && effort.signum() != 0 && r.node("assignments") == null) {
            r.error("effort", "effort " + effort.toPlainString() + " but no resource: name the resource it is booked to");
        }
        List<Assignment> listed = r.list("assignments", a -> {
            MapReader ar = new MapReader(ctx, a, "assignment of activity " + id, Set.of("resource", "effort"));
            Assignment assignment = new Assignment(ar.required("resource"), ar.decimal("effort", true));
            return ar.hasErrors() ? null : assignment;
        });
        if (resource != null && !listed.isEmpty()) {
            r.error("assignments", "activity " + id + " has both resource and assignments: list every resource under"
                    + " assignments");
        }
        assignments.addAll(listed);
        String kind = r.optional("kind");
        if (kind != null && !kind.equals("milestone")) {
            r.error("kind", "kind '" + kind + "' is not 'milestone' (summary tasks are those other tasks name as parent)");
        }
        Activity activity = new Activity(id, r.optional("milestone"), r.required("title"), assignments,
                r.date("start", true), r.date("end", true), r.optional("owner"), dependencies(r, ctx),
                r.optional("progress") == null ? null : r.integer("progress", 0, 100),
                r.date("baselineStart", false), r.date("baselineEnd", false), r.optional("parent"),
                "milestone".equals(kind), constraint(r, ctx), r.optional("notes"));
        return r.locate(activity) ? activity : null;
    }

    private static List<Dependency> dependencies(MapReader r, ReadContext ctx) {
        return r.list("dependsOn", d -> {
            if (d instanceof ScalarNode scalar && scalar.getTag() != Tag.NULL) {
                return Dependency.on(scalar.getValue());
            }
            MapReader dr = new MapReader(ctx, d, "dependency", Set.of("task", "type", "lag"));
            String task = dr.required("task");
            LinkType type = LinkType.FS;
            String typeText = dr.optional("type");
            if (typeText != null) {
                try {
                    type = LinkType.valueOf(typeText.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    dr.error("type", "type '" + typeText + "' is not one of FS, SS, FF, SF");
                }
            }
            Lag lag = Lag.NONE;
            String lagText = dr.optional("lag");
            if (lagText != null) {
                try {
                    lag = Lag.parse(lagText);
                } catch (IllegalArgumentException e) {
                    dr.error("lag", e.getMessage());
                }
            }
            return dr.hasErrors() ? null : new Dependency(task, type, lag);
        });
    }

    private static Constraint constraint(MapReader r, ReadContext ctx) {
        Node node = r.node("constraint");
        if (node == null) {
            return null;
        }
        MapReader cr = new MapReader(ctx, node, "constraint", Set.of("type", "date"));
        String text = cr.required("type");
        ConstraintType type = text == null ? null : ConstraintType.ofCode(text);
        if (text != null && type == null) {
            cr.error("type", "type '" + text + "' is not one of " + java.util.Arrays.stream(ConstraintType.values())
                    .map(ConstraintType::code).toList());
        }
        LocalDate date = cr.date("date", type != null && type.dated());
        return cr.hasErrors() || type == null ? null : new Constraint(type, date);
    }

    private static Object writeActivity(Activity a) {
        Tree t = Tree.map().put("id", a.id()).opt("parent", a.parent()).opt("milestone", a.milestone())
                .put("title", a.title()).opt("kind", a.milestoneTask() ? "milestone" : null);
        if (a.assignments().size() == 1) {
            t.put("resource", a.resource()).put("effort", a.effort());
        } else {
            t.opt("assignments", a.assignments().stream().map(x -> Tree.map().put("resource", x.resource())
                    .put("effort", x.effort()).build()).toList());
        }
        return t.put("start", a.start()).put("end", a.end()).opt("owner", a.owner())
                .opt("dependsOn", a.dependencies().stream().map(d -> d.plain() ? (Object) d.task()
                        : Tree.map().put("task", d.task()).put("type", d.type().name())
                                .opt("lag", d.lag().isZero() ? null : d.lag().toString()).build()).toList())
                .opt("constraint", a.constraint() == null ? null : Tree.map().put("type", a.constraint().type().code())
                        .opt("date", a.constraint().date()).build())
                .opt("progress", a.progress()).opt("baselineStart", a.baselineStart())
                .opt("baselineEnd", a.baselineEnd()).opt("notes", a.notes()).build();
    }

    private static BudgetLine budgetLine(Node node, ReadContext ctx) {
        MapReader r = new MapReader(ctx, node, "budget line", Set.of("financialYear", "amount", "roundedTo",
                "sharedWith", "wording", "note"));
        BudgetLine line = new BudgetLine(r.required("financialYear"), r.decimal("amount", false),
                r.decimal("roundedTo", false), r.optional("sharedWith"), r.optional("wording"), r.optional("note"));
        if (r.hasErrors()) {
            return null;
        }
        FieldProblem problem = budgetProblem(line);
        if (problem != null) {
            ctx.error(r.fieldLines().getOrDefault(problem.field(), r.line()), "schema", "budget line "
                    + line.financialYear() + ": " + problem.message());
            return null;
        }
        return r.locate(line) ? line : null;
    }

    /**
     * What is wrong with a line's figures and the field to blame, or null. Amounts are in whole pence
     * (escalation compares pence); an unstated amount needs the source's wording, never a made-up figure.
     */
    private static FieldProblem budgetProblem(BudgetLine line) {
        if (line.amount() == null) {
            if (line.roundedTo() != null) {
                return new FieldProblem("roundedTo", "roundedTo needs an amount: a line whose amount is not stated"
                        + " has nothing to round");
            }
            return line.wording() == null ? new FieldProblem("financialYear", "no amount: give the amount or, when"
                    + " the source does not state one, the source's wording (wording: ...)") : null;
        }
        if (line.amount().signum() < 0) {
            return new FieldProblem("amount", "amount " + line.amount().toPlainString() + " is negative");
        }
        if (line.amount().stripTrailingZeros().scale() > 2) {
            return new FieldProblem("amount", "amount " + line.amount().toPlainString() + " is not in whole pence");
        }
        if (line.roundedTo() != null && (line.roundedTo().signum() <= 0
                || line.roundedTo().stripTrailingZeros().scale() > 2)) {
            return new FieldProblem("roundedTo", "roundedTo " + line.roundedTo().toPlainString() + " is not a positive"
                    + " amount in whole pence (the unit the source rounds to, such as 1000 for \"£75k\")");
        }
        return null;
    }

    /** A problem with one field of an item: which field (for its line) and what is wrong. */
    private record FieldProblem(String field, String message) {
    }

    private static BudgetThresholds thresholds(Node node, ReadContext ctx) {
        if (node == null) {
            return null;
        }
        MapReader r = new MapReader(ctx, node, "thresholds", Set.of("tabascPercent", "panelPercent", "milestoneSlipDays"));
        BudgetThresholds d = BudgetThresholds.DEFAULTS;
        Integer tabasc = r.optional("tabascPercent") == null ? null : r.integer("tabascPercent", 0, 1000);
        Integer panel = r.optional("panelPercent") == null ? null : r.integer("panelPercent", 0, 1000);
        Integer slip = r.optional("milestoneSlipDays") == null ? null : r.integer("milestoneSlipDays", 0, 10000);
        BudgetThresholds thresholds = new BudgetThresholds(tabasc == null ? d.tabascPercent() : tabasc,
                panel == null ? d.panelPercent() : panel, slip == null ? d.milestoneSlipDays() : slip);
        r.locate(thresholds);
        return thresholds;
    }

    private static PlanCalendar calendar(Node node, ReadContext ctx) {
        if (node == null) {
            return PlanCalendar.NONE;
        }
        MapReader r = new MapReader(ctx, node, "calendar", Set.of("extraHolidays", "workingDays"));
        PlanCalendar calendar = new PlanCalendar(r.list("extraHolidays", n -> day(n, ctx, "extra holiday")),
                r.list("workingDays", n -> day(n, ctx, "working day")));
        r.locate(calendar);
        return calendar;
    }

    private static CalendarDay day(Node node, ReadContext ctx, String what) {
        MapReader r = new MapReader(ctx, node, what, Set.of("date", "note"));
        CalendarDay day = new CalendarDay(r.date("date", true), r.optional("note"));
        return day.date() != null && r.locate(day) ? day : null;
    }

    /** The value node of a key of a mapping (null when absent or null), for nested mappings. */
    private static Node child(Node root, String key) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    Node value = tuple.getValueNode();
                    return value instanceof ScalarNode && value.getTag() == Tag.NULL ? null : value;
                }
            }
        }
        return null;
    }

    private static YearMonth month(MapReader r, ReadContext ctx, String key) {
        String text = r.required(key);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            ctx.error(r.fieldLines().getOrDefault(key, r.line()), "schema", "actual: " + key + " '" + text
                    + "' is not a month (YYYY-MM)");
            return null;
        }
    }

    public static Map<String, Object> writePlan(Plan plan) {
        return Tree.map().put("currency", plan.currency())
                .put("resources", plan.resources().stream().map(r -> Tree.map().put("id", r.id()).put("name", r.name())
                        .put("dayRate", r.dayRate()).opt("type", r.type()).opt("overtimeRate", r.overtimeRate())
                        .opt("costPerUse", r.costPerUse()).build()).toList())
                .put("milestones", plan.milestones().stream().map(m -> Tree.map().put("id", m.id())
                        .put("title", m.title()).put("start", m.start()).put("end", m.end())
                        .opt("description", m.description()).opt("minWorkingDays", m.minWorkingDays())
                        .opt("baselineStart", m.baselineStart()).opt("baselineEnd", m.baselineEnd()).build()).toList())
                .put("activities", plan.activities().stream().map(PlanCodecs::writeActivity).toList())
                .put("budget", plan.budget().stream().map(b -> Tree.map().put("financialYear", b.financialYear())
                        .opt("amount", b.amount()).opt("roundedTo", b.roundedTo()).opt("sharedWith", b.sharedWith())
                        .opt("wording", b.wording()).opt("note", b.note()).build()).toList())
                .opt("actuals", plan.actuals().stream().map(a -> Tree.map().put("activity", a.activity())
                        .opt("resource", a.resource()).put("month", a.month().toString()).put("days", a.days())
                        .build()).toList())
                .opt("thresholds", plan.thresholds() == null ? null : Tree.map()
                        .put("tabascPercent", plan.thresholds().tabascPercent())
                        .put("panelPercent", plan.thresholds().panelPercent())
                        .put("milestoneSlipDays", plan.thresholds().milestoneSlipDays()).build())
                .opt("calendar", plan.calendar().isEmpty() ? null : Tree.map()
                        .opt("extraHolidays", days(plan.calendar().extraHolidays()))
                        .opt("workingDays", days(plan.calendar().workingDays())).build())
                .build();
    }

    private static List<Map<String, Object>> days(List<CalendarDay> days) {
        return days.stream().map(d -> Tree.map().put("date", d.date()).opt("note", d.note()).build()).toList();
    }

    public static RaidLog readRaid(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "RAID log",
                Set.of("risks", "assumptions", "constraints", "issues", "dependencies"));
        RaidLog raid = new RaidLog(
                m.list("risks", n -> {
                    MapReader r = new MapReader(ctx, n, "risk", Set.of("id", "title", "description", "likelihood",
                            "impact", "owner", "mitigation", "status", "raised", "trend", "history"));
                    Integer likelihood = r.integer("likelihood", 1, 5);
                    Integer impact = r.integer("impact", 1, 5);
                    Risk risk = new Risk(r.required("id"), r.required("title"), r.optional("description"),
                            likelihood == null ? 0 : likelihood, impact == null ? 0 : impact, r.required("owner"),
                            r.optional("mitigation"), r.required("status"), r.date("raised", false),
                            r.optionalEnum("trend", RiskTrend.class), r.list("history", h -> {
                                MapReader c = new MapReader(ctx, h, "risk history entry", Set.of("date", "change"));
                                RiskChange change = new RiskChange(c.date("date", true), c.required("change"));
                                return !c.hasErrors() && c.locate(change) ? change : null;
                            }));
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
                        .opt("raised", r.raised()).opt("trend", r.trend())
                        .opt("history", r.history().stream().map(c -> Tree.map().put("date", c.date())
                                .put("change", c.change()).build()).toList()).build()).toList())
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
