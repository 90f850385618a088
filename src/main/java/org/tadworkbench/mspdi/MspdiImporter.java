package org.tadworkbench.mspdi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.reader.UniversalProjectReader;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a project file -- MSPDI XML, or MPP and the other formats MPXJ reads -- written by MS Project or by
 * {@link MspdiExporter}, and returns the plan updated from it. Tasks map back by our id (custom field Text1) when
 * present, else by name and outline: summary tasks are milestone windows, milestone tasks give a milestone's end
 * date, leaf tasks are activities (one per resource assignment). Resources match by name and take their day rate
 * from the standard rate. Currency and budget are kept from the current plan.
 *
 * <p>XML is first parsed by a hardened parser that refuses any DOCTYPE, so no external entity or entity expansion
 * ever reaches MPXJ's readers.
 */
public final class MspdiImporter {

    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

    private MspdiImporter() {
    }

    /** Reads {@code file} and returns {@code current} updated from it. */
    public static MspdiImport read(Path file, Plan current) throws MspdiImportException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new MspdiImportException(name + ": no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new MspdiImportException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, refused");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, current);
            }
        } catch (IOException e) {
            throw new MspdiImportException(name + ": could not read: " + oneLine(e), e);
        }
    }

    /** Reads a project file from a stream; {@code name} is used in messages. */
    public static MspdiImport read(InputStream in, String name, Plan current) throws MspdiImportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new MspdiImportException(name + ": could not read: " + oneLine(e), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new MspdiImportException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, refused");
        }
        if (bytes.length == 0) {
            throw new MspdiImportException(name + ": empty file");
        }
        ProjectFile project = parse(bytes, name);
        return new Mapping(project, current, name).run();
    }

    /** Reads the file as an MPXJ project; exposed to the package for tests. */
    static ProjectFile parse(byte[] bytes, String name) throws MspdiImportException {
        try {
            if (looksLikeXml(bytes)) {
                String root = checkedRoot(bytes, name);
                if (root.equals(MSPDI_NAMESPACE + " Project")) {
                    MSPDIReader reader = new MSPDIReader();
                    return reader.read(new ByteArrayInputStream(bytes));
                }
            }
            ProjectFile project = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
            if (project == null) {
                throw new MspdiImportException(name + ": not a project file (expected MS Project XML or MPP)");
            }
            return project;
        } catch (MPXJException | RuntimeException e) {
            throw new MspdiImportException(name + ": not a readable project file: " + oneLine(e), e);
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<'
                || bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
    }

    /** Parses the XML with DOCTYPEs refused and external access off; returns "namespace localName" of the root. */
    private static String checkedRoot(byte[] bytes, String name) throws MspdiImportException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            String[] root = new String[1];
            parser.parse(new InputSource(new ByteArrayInputStream(bytes)), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (root[0] == null) {
                        root[0] = uri + " " + localName;
                    }
                }
            });
            return root[0] == null ? "" : root[0];
        } catch (SAXException e) {
            String message = oneLine(e);
            if (message.contains("DOCTYPE")) {
                throw new MspdiImportException(name + ": refused: the XML declares a DOCTYPE (external entities are not allowed)", e);
            }
            throw new MspdiImportException(name + ": not well-formed XML: " + message, e);
        } catch (ParserConfigurationException | IOException e) {
            throw new MspdiImportException(name + ": could not parse: " + oneLine(e), e);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /** One import: the project's tasks and resources walked into milestones, activities and resources. */
    private static final class Mapping {
        private final ProjectFile project;
        private final Plan current;
        private final String name;
        private final double hoursPerDay;
        private final List<String> warnings = new ArrayList<>();
        private final Map<Integer, String> resourceIds = new HashMap<>();
        private final List<Resource> resources = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<Task, String> taskActivity = new IdentityHashMap<>();
        private final Set<String> usedIds = new HashSet<>();

        Mapping(ProjectFile project, Plan current, String name) {
            this.project = project;
            this.current = current;
            this.name = name;
            Integer minutes = project.getProjectProperties().getMinutesPerDay();
            this.hoursPerDay = minutes == null || minutes <= 0 ? MspdiExporter.HOURS_PER_DAY : minutes / 60.0;
        }

        MspdiImport run() throws MspdiImportException {
            resources();
            List<Task> top = topLevel();
            if (top.isEmpty()) {
                throw new MspdiImportException(name + ": the project has no tasks");
            }
            for (Task task : top) {
                if (!task.getChildTasks().isEmpty()) {
                    window(task);
                } else if (isMilestone(task)) {
                    loneMilestone(task);
                } else {
                    activity(task, null);
                }
            }
            List<Activity> activities = new ArrayList<>();
            for (Draft d : drafts) {
                List<String> dependsOn = new ArrayList<>();
                for (Relation relation : d.task().getPredecessors()) {
                    String id = taskActivity.get(relation.getPredecessorTask());
                    if (id == null) {
                        warnings.add("task '" + d.task().getName() + "': predecessor '" + relation.getPredecessorTask().getName()
                                + "' is not an activity; dependency left out");
                    } else if (!dependsOn.contains(id) && !id.equals(d.id())) {
                        dependsOn.add(id);
                    }
                }
                activities.add(new Activity(d.id(), d.milestone(), d.title(), d.resource(), d.effort(), d.start(), d.end(),
                        d.owner(), dependsOn, d.progress(), d.baselineStart(), d.baselineEnd()));
            }
            Set<String> activityIds = new HashSet<>();
            activities.forEach(a -> activityIds.add(a.id()));
            List<ActualEffort> actuals = new ArrayList<>();
            for (ActualEffort actual : current.actuals()) {
                if (activityIds.contains(actual.activity())) {
                    actuals.add(actual);
                } else {
                    warnings.add("actual effort of " + actual.activity() + " in " + actual.month()
                            + " dropped: the activity is no longer in the plan");
                }
            }
            return new MspdiImport(new Plan(current.currency(), resources, milestones, activities, current.budget(), actuals,
                    current.thresholds(), current.calendar()), warnings);
        }

        private List<Task> topLevel() {
            List<Task> top = new ArrayList<>();
            for (Task task : project.getChildTasks()) {
                Integer level = task.getOutlineLevel();
                boolean projectSummary = level != null && level == 0
                        || task.getUniqueID() != null && task.getUniqueID() == 0 && task.getSummary();
                if (projectSummary) {
                    top.addAll(task.getChildTasks());
                } else {
                    top.add(task);
                }
            }
            top.removeIf(t -> t.getNull() || t.getName() == null || t.getName().isBlank());
            return top;
        }

        private void resources() {
            Map<String, Resource> byName = new HashMap<>();
            current.resources().forEach(r -> byName.put(r.name().toLowerCase(Locale.ROOT), r));
            Set<String> ids = new HashSet<>();
            for (org.mpxj.Resource r : project.getResources()) {
                if (r.getName() == null || r.getName().isBlank() || r.getNull()) {
                    continue;
                }
                Resource existing = byName.get(r.getName().trim().toLowerCase(Locale.ROOT));
                String id = text(r.getText(MspdiFields.ID))
                        .orElse(existing != null ? existing.id() : slug(r.getName()));
                id = unique(id, ids);
                BigDecimal dayRate = dayRate(r.getStandardRate());
                if (dayRate == null) {
                    dayRate = existing != null ? existing.dayRate() : BigDecimal.ZERO;
                }
                resources.add(new Resource(id, r.getName().trim(), dayRate));
                resourceIds.put(r.getUniqueID(), id);
            }
        }

        private BigDecimal dayRate(Rate rate) {
            if (rate == null) {
                return null;
            }
            double perDay = switch (rate.getUnits()) {
                case MINUTES, ELAPSED_MINUTES -> rate.getAmount() * 60 * hoursPerDay;
                case HOURS, ELAPSED_HOURS -> rate.getAmount() * hoursPerDay;
                case DAYS, ELAPSED_DAYS -> rate.getAmount();
                case WEEKS, ELAPSED_WEEKS -> rate.getAmount() / 5;
                case MONTHS, ELAPSED_MONTHS -> rate.getAmount() / 20;
                case YEARS, ELAPSED_YEARS -> rate.getAmount() / 260;
                default -> rate.getAmount() * hoursPerDay;
            };
            return decimal(perDay);
        }

        private void window(Task summary) {
            Milestone existing = text(summary.getText(MspdiFields.ID))
                    .flatMap(id -> current.milestones().stream().filter(m -> m.id().equals(id)).findFirst())
                    .or(() -> current.milestones().stream().filter(m -> m.title().equalsIgnoreCase(summary.getName().trim())).findFirst())
                    .orElse(null);
            String id = text(summary.getText(MspdiFields.ID)).orElse(existing != null ? existing.id() : "M" + (milestones.size() + 1));
            id = unique(id, usedIds);
            LocalDate start = date(summary.getStart());
            LocalDate end = date(summary.getFinish());
            if (start == null || end == null) {
                warnings.add("summary task '" + summary.getName() + "' has no dates; left out");
                return;
            }
            List<Task> markers = new ArrayList<>();
            collect(summary, id, markers);
            if (!markers.isEmpty()) {
                Task marker = markers.stream().filter(t -> MspdiFields.KIND_MILESTONE.equals(t.getText(MspdiFields.KIND)))
                        .findFirst().orElse(markers.get(markers.size() - 1));
                LocalDate at = date(marker.getFinish() != null ? marker.getFinish() : marker.getStart());
                if (at != null) {
                    end = at;
                }
                if (markers.size() > 1) {
                    warnings.add("milestone window '" + summary.getName() + "' has " + markers.size()
                            + " milestone tasks; its end date is taken from '" + marker.getName() + "'");
                }
            }
            String description = text(summary.getNotes()).orElse(existing != null ? existing.description() : null);
            LocalDate baselineStart = date(summary.getBaselineStart());
            LocalDate baselineEnd = date(summary.getBaselineFinish());
            milestones.add(new Milestone(id, summary.getName().trim(), start, end, description,
                    existing != null ? existing.minWorkingDays() : null,
                    baselineStart != null ? baselineStart : existing != null ? existing.baselineStart() : null,
                    baselineEnd != null ? baselineEnd : existing != null ? existing.baselineEnd() : null));
        }

        /** Leaf tasks under a window become its activities; milestone tasks are collected; nested summaries are walked. */
        private void collect(Task parent, String milestoneId, List<Task> markers) {
            for (Task child : parent.getChildTasks()) {
                if (child.getNull() || child.getName() == null) {
                    continue;
                }
                if (!child.getChildTasks().isEmpty()) {
                    collect(child, milestoneId, markers);
                } else if (isMilestone(child)) {
                    markers.add(child);
                } else {
                    activity(child, milestoneId);
                }
            }
        }

        private void loneMilestone(Task task) {
            String taskName = task.getName().trim();
            Milestone existing = text(task.getText(MspdiFields.ID))
                    .flatMap(id -> current.milestones().stream().filter(m -> m.id().equals(id)).findFirst())
                    .or(() -> current.milestones().stream().filter(m -> taskName.equalsIgnoreCase(m.title())
                            || taskName.equalsIgnoreCase(m.id() + " " + m.title())).findFirst())
                    .orElse(null);
            String id = unique(text(task.getText(MspdiFields.ID)).orElse(existing != null ? existing.id() : "M" + (milestones.size() + 1)),
                    usedIds);
            LocalDate at = date(task.getFinish() != null ? task.getFinish() : task.getStart());
            if (at == null) {
                warnings.add("milestone task '" + taskName + "' has no date; left out");
                return;
            }
            String title = existing != null ? existing.title() : taskName;
            LocalDate baselineEnd = date(task.getBaselineFinish());
            milestones.add(new Milestone(id, title, at, at, text(task.getNotes()).orElse(existing != null ? existing.description() : null),
                    existing != null ? existing.minWorkingDays() : null,
                    baselineEnd != null ? baselineEnd : existing != null ? existing.baselineStart() : null,
                    baselineEnd != null ? baselineEnd : existing != null ? existing.baselineEnd() : null));
        }

        private void activity(Task task, String milestoneId) {
            String title = task.getName().trim();
            Activity existing = text(task.getText(MspdiFields.ID))
                    .flatMap(id -> current.activities().stream().filter(a -> a.id().equals(id)).findFirst())
                    .or(() -> current.activities().stream().filter(a -> a.title().equalsIgnoreCase(title)).findFirst())
                    .orElse(null);
            String baseId = text(task.getText(MspdiFields.ID)).orElse(existing != null ? existing.id()
                    : "T" + (task.getUniqueID() == null ? drafts.size() + 1 : task.getUniqueID()));
            LocalDate start = date(task.getStart());
            LocalDate end = date(task.getFinish());
            if (start == null || end == null) {
                warnings.add("task '" + title + "' has no dates; left out");
                return;
            }
            String owner = text(task.getText(MspdiFields.OWNER)).orElse(existing != null ? existing.owner() : null);
            Integer progress = progress(task, existing);
            LocalDate baselineStart = date(task.getBaselineStart());
            LocalDate baselineEnd = date(task.getBaselineFinish());
            if (baselineStart == null && baselineEnd == null && existing != null) {
                baselineStart = existing.baselineStart();
                baselineEnd = existing.baselineEnd();
            }
            Window window = new Window(start, end, progress, baselineStart, baselineEnd);
            List<ResourceAssignment> assignments = task.getResourceAssignments().stream()
                    .filter(a -> a.getResource() != null && resourceIds.containsKey(a.getResource().getUniqueID())).toList();
            if (assignments.isEmpty()) {
                String resource = existing != null ? existing.resource() : null;
                if (resource == null) {
                    warnings.add("task '" + title + "' has no resource assignment; left out");
                    return;
                }
                String id = unique(baseId, usedIds);
                taskActivity.put(task, id);
                drafts.add(new Draft(task, id, milestoneId, title, resource, effort(task.getWork()), window, owner));
                return;
            }
            boolean first = true;
            for (ResourceAssignment assignment : assignments) {
                String resource = resourceIds.get(assignment.getResource().getUniqueID());
                String id = unique(first ? baseId : baseId + "-" + resource, usedIds);
                if (first) {
                    taskActivity.put(task, id);
                }
                Duration work = assignment.getWork() != null ? assignment.getWork() : task.getWork();
                drafts.add(new Draft(task, id, milestoneId, title, resource, effort(work), window, owner));
                first = false;
            }
        }

        /** The task's % complete; 0 in the file stays "not reported" when the plan had no progress for it. */
        private static Integer progress(Task task, Activity existing) {
            Number percent = task.getPercentageComplete();
            if (percent == null) {
                return existing != null ? existing.progress() : null;
            }
            int value = Math.max(0, Math.min(100, (int) Math.round(percent.doubleValue())));
            if (value == 0 && (existing == null || existing.progress() == null)) {
                return null;
            }
            return value;
        }

        private BigDecimal effort(Duration work) {
            if (work == null) {
                return BigDecimal.ZERO;
            }
            double hours = work.convertUnits(TimeUnit.HOURS, project.getProjectProperties()).getDuration();
            return decimal(hours / hoursPerDay);
        }

        private static boolean isMilestone(Task task) {
            return task.getMilestone() || MspdiFields.KIND_MILESTONE.equals(task.getText(MspdiFields.KIND));
        }

        private static LocalDate date(LocalDateTime at) {
            return at == null ? null : at.toLocalDate();
        }
    }

    private record Window(LocalDate start, LocalDate end, Integer progress, LocalDate baselineStart, LocalDate baselineEnd) {
    }

    private record Draft(Task task, String id, String milestone, String title, String resource, BigDecimal effort,
                         Window window, String owner) {
        LocalDate start() {
            return window.start();
        }

        LocalDate end() {
            return window.end();
        }

        Integer progress() {
            return window.progress();
        }

        LocalDate baselineStart() {
            return window.baselineStart();
        }

        LocalDate baselineEnd() {
            return window.baselineEnd();
        }
    }

    /** Two decimals at most, written as plan.yaml writes them (4, not 4.00; 10, not 1E+1). */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "resource" : s;
    }
}
