package org.tadworkbench.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.DocumentAssembly;
import org.tadworkbench.publish.PublishFormat;
import org.tadworkbench.publish.Publisher;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;

/**
 * Downloads of a published version, built on request from the workspace in the database:
 * {@code GET /versions/3.0/tad.pdf?variant=smets1}. The HTML is one self-contained page (stylesheet inlined).
 * {@code GET /versions/3.0/review.docx} is the reviewer copy (the DOCX with a bookmark on every section and paragraph).
 * 404 for a version the workspace does not have or an unknown format; 400 for an unknown variant; 409 when the build checks
 * find errors (they are listed in the response); 403 for a version the reader may not see yet ({@link VersionAccess}).
 */
@RestController
class PublishController {

    private final CurrentWorkspace current;
    private final VersionAccess access;

    PublishController(CurrentWorkspace current, VersionAccess access) {
        this.current = current;
        this.access = access;
    }

    @GetMapping("/versions/{version}/tad.{format}")
    ResponseEntity<byte[]> download(@PathVariable String version, @PathVariable String format,
                                    @RequestParam(defaultValue = "all") String variant) {
        PublishFormat chosen = formatOf(format);
        Applicability applicability = variantOf(variant);
        String name = "tad-" + version + (applicability == Applicability.BOTH ? "" : "-" + variant.toLowerCase(Locale.ROOT))
                + "." + chosen.extension();
        return built(version, applicability, name, chosen.mediaType(), doc -> Publisher.single(doc, chosen));
    }

    /** The reviewer copy of a version ({@link Publisher#reviewCopy}): to be marked up in Word and returned. */
    @GetMapping("/versions/{version}/review.docx")
    ResponseEntity<byte[]> reviewCopy(@PathVariable String version) {
        return built(version, Applicability.BOTH, "tad-" + version + "-review.docx", PublishFormat.DOCX.mediaType(),
                Publisher::reviewCopy);
    }

    /** A file built from one version the reader may see and whose build checks pass, as an attachment. */
    private ResponseEntity<byte[]> built(String version, Applicability applicability, String fileName, String mediaType,
                                         Function<AssembledDocument, byte[]> render) {
        Workspace ws = current.require();
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version)) || ws.sectionsOf(version).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no version " + version + " in the workspace");
        }
        access.require(ws, version);
        LintReport checks = Publisher.check(new ReadResult(ws, List.of(), new Locations()), version, applicability);
        if (!checks.clean()) {
            StringBuilder text = new StringBuilder("The build checks found errors:\n");
            checks.findings().stream().filter(Finding::isError).forEach(f -> text.append(f.format("")).append('\n'));
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN)
                    .body(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        AssembledDocument doc = DocumentAssembly.assemble(ws, version, applicability);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(mediaType))
                .body(render.apply(doc));
    }

    private static PublishFormat formatOf(String format) {
        try {
            return PublishFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Applicability variantOf(String variant) {
        return switch (variant.toLowerCase(Locale.ROOT)) {
            case "all" -> Applicability.BOTH;
            case "smets1" -> Applicability.SMETS1;
            case "smets2plus" -> Applicability.SMETS2PLUS;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "unknown variant '" + variant + "' (expected all, smets1 or smets2plus)");
        };
    }
}
