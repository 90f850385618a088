package org.tadworkbench.web;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Workspace;

/**
 * The pictures section pages show (figures/... in the workspace): {@code /figures/...} for the draft's sections,
 * {@code /versions/{v}/figures/...} for a version's. A picture is served only when that text shows it, to whoever may
 * read the text (403 before publication as for its sections), so a picture is never reachable where its section is not.
 */
@Controller
class PicturesController {

    private final CurrentWorkspace current;
    private final VersionAccess access;

    PicturesController(CurrentWorkspace current, VersionAccess access) {
        this.current = current;
        this.access = access;
    }

    @GetMapping("/figures/{*rest}")
    ResponseEntity<byte[]> draftPicture(@PathVariable String rest) {
        Workspace ws = current.require();
        access.requireCurrent(ws);
        return serve(ws, ws.sections(), Picture.FOLDER + rest.substring(1));
    }

    @GetMapping("/versions/{version}/figures/{*rest}")
    ResponseEntity<byte[]> versionPicture(@PathVariable String version, @PathVariable String rest) {
        Workspace ws = current.require();
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new PageNotFoundException("There is no version " + version + " in the workspace.");
        }
        access.require(ws, version);
        List<Section> sections = ws.sectionsOf(version).orElseThrow(() -> new PageNotFoundException(
                "The workspace keeps no text of version " + version + "."));
        return serve(ws, sections, Picture.FOLDER + rest.substring(1));
    }

    private static ResponseEntity<byte[]> serve(Workspace ws, List<Section> text, String path) {
        boolean shown = text.stream().anyMatch(s -> BodyLinks.of(s.body()).pictures().stream().anyMatch(p -> p.id().equals(path)));
        Picture picture = shown ? ws.picture(path).orElse(null) : null;
        if (picture == null) {
            throw new PageNotFoundException("No section of this text shows a picture " + path + ".");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(picture.mediaType()));
        // An SVG opened on its own is a document: it may run nothing and load nothing.
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate());
        return ResponseEntity.ok().headers(headers).body(picture.bytes());
    }
}
