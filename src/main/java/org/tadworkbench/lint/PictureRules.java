package org.tadworkbench.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.VersionSnapshot;
import org.tadworkbench.workspace.Workspace;

/**
 * Pictures (figures/): every {@code ![caption](figures/...)} in the draft's or a snapshot's text names a picture the
 * workspace holds, and every picture is shown by some section. (Whether a file under figures/ is a picture at all, its
 * size and type, the reader checks.)
 */
final class PictureRules extends Rules {

    PictureRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Set<String> held = new HashSet<>();
        ws.pictures().forEach(p -> held.add(p.path()));
        Set<String> shown = new HashSet<>();
        Stream.concat(ws.sections().stream(), ws.snapshots().stream().map(VersionSnapshot::sections).flatMap(List::stream))
                .forEach(section -> check(section, held, shown));
        for (Picture picture : ws.pictures()) {
            if (!shown.contains(picture.path())) {
                warningAt(new Location(picture.path(), 0), "unused-picture", picture.path()
                        + " is shown by no section of the draft or of a version: embed it as ![Figure N Title]("
                        + picture.path() + ") or delete it");
            }
        }
    }

    private void check(Section section, Set<String> held, Set<String> shown) {
        Location body = at.of(section, "body");
        for (BodyLinks.Target picture : BodyLinks.of(section.body()).pictures()) {
            Location line = new Location(body.file(), body.line() + picture.lineOffset());
            shown.add(picture.id());
            if (!held.contains(picture.id())) {
                errorAt(line, "missing-picture", "section " + section.number() + " shows picture " + picture.id()
                        + ", which the workspace does not hold (no such file, or not a picture the format takes)");
            } else if (!picture.captioned()) {
                warningAt(line, "caption", "picture " + picture.id() + " has no caption: write ![Figure N Title]("
                        + picture.id() + ")");
            }
        }
    }
}
