package org.tadworkbench.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.redline.DocxRedline;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.redline.Redline;
import org.tadworkbench.redline.RedlineException;
import org.tadworkbench.workspace.Workspace;

/**
 * Redlines of two versions: {@code GET /redline?from=2.0&to=3.0} shows the self-contained HTML redline,
 * {@code GET /redline.docx?from=2.0&to=3.0} downloads Word tracked changes. Without parameters: from the live
 * version to the current one. An unknown version is a 400, a version without text a 404, a version the reader may not
 * see yet a 403 ({@link VersionAccess}).
 */
@Controller
class RedlineController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CurrentWorkspace current;
    private final VersionAccess access;

    RedlineController(CurrentWorkspace current, VersionAccess access) {
        this.current = current;
        this.access = access;
    }

    @GetMapping("/redline")
    ResponseEntity<String> html(@RequestParam(required = false) String from, @RequestParam(required = false) String to)
            throws RedlineException {
        Redline redline = redline(from, to);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(HtmlRedline.render(redline));
    }

    @GetMapping("/redline.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) String from, @RequestParam(required = false) String to)
            throws RedlineException {
        Redline redline = redline(from, to);
        String name = "redline-" + redline.fromVersion() + "-to-" + redline.toVersion() + ".docx";
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(DocxRedline.write(redline));
    }

    private Redline redline(String from, String to) throws RedlineException {
        Workspace ws = current.require();
        String fromVersion = blank(from) ? Redline.defaultFrom(ws.manifest()).orElse("") : from.strip();
        String toVersion = blank(to) ? Redline.defaultTo(ws.manifest()).orElse("") : to.strip();
        access.require(ws, fromVersion);
        access.require(ws, toVersion);
        return Redline.compare(ws, fromVersion, toVersion);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @ExceptionHandler(RedlineException.class)
    ResponseEntity<String> cannot(RedlineException e) {
        HttpStatus status = e.unknownVersion() ? HttpStatus.BAD_REQUEST : HttpStatus.NOT_FOUND;
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No redline</title></head><body>"
                + "<h1>No redline</h1><p>" + escape(e.getMessage()) + "</p><p><a href=\"/\">Back to the dashboard</a></p></body></html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    @ExceptionHandler(NothingImportedException.class)
    String nothingImported() {
        return "redirect:/";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
