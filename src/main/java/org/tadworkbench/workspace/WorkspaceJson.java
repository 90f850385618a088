package org.tadworkbench.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.View;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.Notice;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.workspace.internal.ClauseTreeCodec;
import org.tadworkbench.workspace.internal.GovernanceCodecs;
import org.tadworkbench.workspace.internal.ImpactsCodec;
import org.tadworkbench.workspace.internal.ManifestCodec;
import org.tadworkbench.workspace.internal.ModelCodecs;
import org.tadworkbench.workspace.internal.PlanCodecs;
import org.tadworkbench.workspace.internal.ReadContext;
import org.tadworkbench.workspace.internal.RegisterCodecs;
import org.tadworkbench.workspace.internal.SectionCodec;
import org.tadworkbench.workspace.internal.TraceCodec;
import org.tadworkbench.workspace.internal.YamlText;
import org.yaml.snakeyaml.nodes.Node;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of workspace content, as the database stores it. It is the same tree as the YAML files
 * (same keys, same schema checks when read back), so a workspace survives files → database → files unchanged.
 * Pretty-printed JSON is also valid YAML, which lets one schema reader serve both.
 */
public final class WorkspaceJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private WorkspaceJson() {
    }

    public static String manifest(DocumentManifest manifest) {
        return json(ManifestCodec.write(manifest));
    }

    public static DocumentManifest manifest(String json) {
        return read(json, "manifest", ManifestCodec::read);
    }

    public static String glossary(List<GlossaryTerm> terms) {
        return json(RegisterCodecs.writeGlossary(terms));
    }

    public static List<GlossaryTerm> glossary(String json) {
        return read(json, "glossary", RegisterCodecs::readGlossary);
    }

    public static String references(List<DocumentReference> references) {
        return json(RegisterCodecs.writeReferences(references));
    }

    public static List<DocumentReference> references(String json) {
        return read(json, "references", RegisterCodecs::readReferences);
    }

    public static String specs(SpecRegister specs) {
        return json(RegisterCodecs.writeSpecs(specs));
    }

    public static SpecRegister specs(String json) {
        return read(json, "specs", RegisterCodecs::readSpecs);
    }

    public static String clauseTree(ClauseTree tree) {
        return json(ClauseTreeCodec.write(tree));
    }

    public static ClauseTree clauseTree(String json) {
        return read(json, "clause tree", ClauseTreeCodec::read);
    }

    public static String plan(Plan plan) {
        return json(PlanCodecs.writePlan(plan));
    }

    public static Plan plan(String json) {
        return read(json, "plan", PlanCodecs::readPlan);
    }

    public static String raid(RaidLog raid) {
        return json(PlanCodecs.writeRaid(raid));
    }

    public static RaidLog raid(String json) {
        return read(json, "raid", PlanCodecs::readRaid);
    }

    public static String elements(List<Element> elements) {
        return json(ModelCodecs.writeElements(elements));
    }

    public static List<Element> elements(String json) {
        return read(json, "elements", ModelCodecs::readElements);
    }

    public static String relationships(List<Relationship> relationships) {
        return json(ModelCodecs.writeRelationships(relationships));
    }

    public static List<Relationship> relationships(String json) {
        return read(json, "relationships", ModelCodecs::readRelationships);
    }

    public static String variations(List<Variation> variations) {
        return json(ModelCodecs.writeVariations(variations));
    }

    public static List<Variation> variations(String json) {
        return read(json, "variations", ModelCodecs::readVariations);
    }

    public static String views(List<View> views) {
        return json(ModelCodecs.writeViews(views));
    }

    public static List<View> views(String json) {
        return read(json, "views", ModelCodecs::readViews);
    }

    public static String traces(List<TraceLink> traces) {
        return json(TraceCodec.write(traces));
    }

    public static List<TraceLink> traces(String json) {
        return read(json, "traces", TraceCodec::read);
    }

    public static String sectionFrontMatter(Section section) {
        return json(SectionCodec.frontMatter(section));
    }

    public static Section section(String frontMatterJson, String body) {
        return read(frontMatterJson, "section", (node, ctx) -> SectionCodec.frontMatter(node, ctx, body, 0));
    }

    /** A section body as the workspace files keep it (Unix line ends, no blank lines around, one final newline). */
    public static String sectionBody(String body) {
        return SectionCodec.normaliseBody(body);
    }

    public static String releaseHeader(ReleaseImpacts release) {
        return json(ImpactsCodec.writeHeader(release));
    }

    public static ReleaseImpacts release(String headerJson, List<ImpactRow> rows) {
        return ImpactsCodec.withRows(read(headerJson, "release", ImpactsCodec::read), rows);
    }

    public static String impactRow(ImpactRow row) {
        return json(ImpactsCodec.writeRow(row));
    }

    public static ImpactRow impactRow(String json) {
        return read(json, "impact row", ImpactsCodec::row);
    }

    public static String consultation(Consultation consultation) {
        return json(GovernanceCodecs.writeConsultations(List.of(consultation)));
    }

    public static Consultation consultation(String json) {
        return one(read(json, "consultation", GovernanceCodecs::readConsultations));
    }

    public static String comment(Comment comment) {
        return json(GovernanceCodecs.writeComments(List.of(comment)));
    }

    public static Comment comment(String json) {
        return one(read(json, "comment", GovernanceCodecs::readComments));
    }

    public static String disposition(Disposition disposition) {
        return json(GovernanceCodecs.writeDispositions(List.of(disposition)));
    }

    public static Disposition disposition(String json) {
        return one(read(json, "disposition", GovernanceCodecs::readDispositions));
    }

    public static String decision(Decision decision) {
        return json(GovernanceCodecs.writeDecisions(List.of(decision)));
    }

    public static Decision decision(String json) {
        return one(read(json, "decision", GovernanceCodecs::readDecisions));
    }

    public static String notice(Notice notice) {
        return json(GovernanceCodecs.writeNotices(List.of(notice)));
    }

    public static Notice notice(String json) {
        return one(read(json, "notice", GovernanceCodecs::readNotices));
    }

    private static <T> T one(List<T> items) {
        if (items.size() != 1) {
            throw new IllegalStateException("stored governance record holds " + items.size() + " items, not one");
        }
        return items.get(0);
    }

    private static String json(Map<String, Object> tree) {
        return JSON.writeValueAsString(plain(tree));
    }

    /** Dates become ISO text and numbers keep their exact decimal form. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(WorkspaceJson::plain).toList();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal number) {
            return new BigDecimal(number.stripTrailingZeros().toPlainString());
        }
        return value;
    }

    private static <T> T read(String json, String what, BiFunction<Node, ReadContext, T> codec) {
        ReadContext ctx = new ReadContext("database:" + what, 0);
        T value = YamlText.parse(json, ctx).map(node -> codec.apply(node, ctx)).orElse(null);
        if (value == null || !ctx.findings().isEmpty()) {
            throw new IllegalStateException("stored " + what + " is unreadable: "
                    + ctx.findings().stream().map(Finding::message).findFirst().orElse("empty"));
        }
        return value;
    }
}
