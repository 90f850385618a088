package org.tadworkbench.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.document.Section;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.MarkdownBlocks;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.TrackedChange;
import org.tadworkbench.word.WordComment;
import org.tadworkbench.word.WordDocument;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;

/**
 * A reviewer's marked-up Word file as comments on one version: every Word comment becomes a comment on the section
 * or paragraph where its range starts, quoting the text it covers, with its author and date, replies threaded under
 * it and its resolved state kept; the tracked changes of each paragraph become one proposed change (the paragraph as
 * it stands, quoted, and the paragraph with the changes accepted) that a drafter can apply. What cannot be placed is
 * attached to the whole document with its quoted text. See {@link ReviewPlacement} for how places are found.
 *
 * <p>The comments returned carry provisional ids 1..n (replies name their parent by those ids); whoever records them
 * gives them their real ids. Their {@code source} names the file by its SHA-256, so the same file is not recorded twice.
 */
public final class ReviewImport {

    /** A read file: both views of its text (changes accepted and rejected), its name, digest and custom properties. */
    public record Reading(String fileName, String digest, WordDocument accepted, WordDocument rejected,
                          Map<String, String> properties, Instant fileDate) {

        /** The version a reviewer copy says it shows, if it is one. */
        public Optional<String> copyVersion() {
            return Optional.ofNullable(properties.get(ReviewAnchors.VERSION_PROPERTY));
        }

        /** The workspace a reviewer copy says it was made from, if it is one. */
        public Optional<String> copyWorkspace() {
            return Optional.ofNullable(properties.get(ReviewAnchors.WORKSPACE_PROPERTY));
        }

        /** The start of every {@code source} this file gives its comments. */
        public String sourceKey() {
            return "sha256:" + digest;
        }
    }

    /**
     * What the file gives: the comments to record (provisional ids), counted as the report says: top-level comments,
     * replies, proposed changes, and records attached to the whole document because they could not be placed.
     */
    public record Result(String version, boolean placedByAnchors, List<Comment> comments, int topLevel, int replies,
                         int proposedChanges, int unplaced) {
        public Result {
            comments = List.copyOf(comments);
        }
    }

    private static final java.util.Set<TrackedChange.Kind> REMOVALS = java.util.EnumSet.of(TrackedChange.Kind.DELETION,
            TrackedChange.Kind.MOVE_FROM, TrackedChange.Kind.ROW_DELETED, TrackedChange.Kind.PARAGRAPH_DELETED);

    private final WordReader reader = new WordReader();

    /**
     * The version a file's comments belong to in {@code ws}: the consultation's, when one is named (a reviewer copy
     * of another version is refused); else the version a reviewer copy of this workspace shows; else the version in
     * consultation, else in internal review, else the version being worked on. Throws with the sentence to show.
     */
    public static String versionFor(Reading reading, org.tadworkbench.workspace.Workspace ws,
                                    org.tadworkbench.review.Consultation consultation) {
        Optional<String> shown = reading.copyWorkspace().filter(ws.manifest().id()::equals)
                .flatMap(id -> reading.copyVersion());
        if (consultation != null) {
            if (shown.isPresent() && !shown.get().equals(consultation.version())) {
                throw new IllegalArgumentException(reading.fileName() + " is the reviewer copy of version " + shown.get()
                        + ", but consultation " + consultation.id() + " is on version " + consultation.version());
            }
            return consultation.version();
        }
        if (shown.isPresent()) {
            if (ws.sectionsOf(shown.get()).isEmpty()) {
                throw new IllegalArgumentException(reading.fileName() + " is the reviewer copy of version " + shown.get()
                        + ", which " + ws.manifest().id() + " does not hold");
            }
            return shown.get();
        }
        var governance = ws.governance();
        for (var state : List.of(org.tadworkbench.review.DocumentState.CONSULTATION,
                org.tadworkbench.review.DocumentState.INTERNAL_REVIEW)) {
            Optional<String> inState = ws.manifest().versions().stream().map(v -> v.version())
                    .filter(v -> governance.state(v).orElse(null) == state).reduce((a, b) -> b);
            if (inState.isPresent()) {
                return inState.get();
            }
        }
        return ws.manifest().currentVersion().map(v -> v.version())
                .orElseThrow(() -> new IllegalArgumentException(ws.manifest().id() + " has no version to comment on"));
    }

    /** The comments already recorded from this very file (same bytes), if any: a file is imported once. */
    public static List<Comment> alreadyImported(Reading reading, List<Comment> recorded) {
        return recorded.stream().filter(c -> c.source() != null && c.source().contains(reading.sourceKey())).toList();
    }

    /** Reads {@code file} (named {@code displayName} in messages and in each comment's source). */
    public Reading read(Path file, String displayName) throws WordFileException {
        WordDocument accepted = reader.read(file, displayName, WordReader.Options.ACCEPTED);
        WordDocument rejected = reader.read(file, displayName, WordReader.Options.REJECTED);
        try {
            DocxProperties properties = DocxProperties.of(file);
            return new Reading(displayName, digest(file), accepted, rejected, properties.custom(),
                    properties.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (IOException | RuntimeException e) {
            throw new WordFileException(displayName + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Places what {@code reading} holds on {@code version}, whose text is {@code sections}; the comments are by their
     * Word authors, of {@code organisation} (may be null) and in consultation {@code consultation} (may be null).
     */
    public Result place(Reading reading, String version, List<Section> sections, String organisation, Long consultation) {
        ReviewPlacement accepted = ReviewPlacement.of(reading.accepted(), sections);
        ReviewPlacement rejected = ReviewPlacement.of(reading.rejected(), sections);
        Map<String, Section> byNumber = new LinkedHashMap<>();
        sections.forEach(s -> byNumber.putIfAbsent(s.number(), s));
        Records records = new Records(reading, version, organisation, consultation);
        Map<String, String> sectionLinks = new java.util.HashMap<>(); // the copy links sections to their heading bookmarks
        sections.forEach(s -> sectionLinks.put(ReviewAnchors.section(s.number()), "section:" + s.number()));

        Map<String, Long> idOfWordComment = new LinkedHashMap<>();
        Map<String, ReviewPlacement.Target> targetOfWordComment = new LinkedHashMap<>();
        List<WordComment> wordComments = reading.accepted().review().comments();
        for (WordComment c : wordComments.stream().filter(c -> !c.isReply()).toList()) {
            ReviewPlacement.Target target = c.placed() ? accepted.paragraph(c.paragraph()) : null;
            targetOfWordComment.put(c.id(), target);
            idOfWordComment.put(c.id(), records.comment(c, target, null));
        }
        for (WordComment c : wordComments.stream().filter(WordComment::isReply).toList()) {
            ReviewPlacement.Target target = targetOfWordComment.get(c.parentId());
            Long parent = idOfWordComment.get(c.parentId());
            if (parent == null) { // a reply whose comment the file lacks stands on its own
                target = c.placed() ? accepted.paragraph(c.paragraph()) : null;
            }
            targetOfWordComment.put(c.id(), target);
            idOfWordComment.put(c.id(), records.comment(c, target, parent));
        }

        Map<ReviewPlacement.Target, List<TrackedChange>> changes = new LinkedHashMap<>();
        List<TrackedChange> nowhere = new ArrayList<>();
        // What a change removes is only in the text with the changes rejected: its place is found there, the
        // removals of both readings taken in the same order.
        java.util.Iterator<TrackedChange> removals = reading.rejected().review().changes().stream()
                .filter(c -> REMOVALS.contains(c.kind())).iterator();
        for (TrackedChange change : reading.accepted().review().changes()) {
            if (change.kind() == TrackedChange.Kind.FORMATTING) {
                continue; // our text keeps no formatting a reviewer could change, beyond what the words show
            }
            ReviewPlacement.Target target = accepted.paragraph(change.paragraph());
            if (REMOVALS.contains(change.kind())) {
                while (removals.hasNext()) {
                    TrackedChange same = removals.next();
                    if (same.kind() == change.kind() && java.util.Objects.equals(same.text(), change.text())) {
                        ReviewPlacement.Target before = rejected.paragraph(same.paragraph());
                        target = before != null ? before : target;
                        break;
                    }
                }
            }
            if (target == null) {
                nowhere.add(change);
            } else {
                changes.computeIfAbsent(target, t -> new ArrayList<>()).add(change);
            }
        }
        for (Map.Entry<ReviewPlacement.Target, List<TrackedChange>> entry : changes.entrySet()) {
            ReviewPlacement.Target target = entry.getKey();
            String before = markdownOf(reading.rejected(), rejected, target, sectionLinks);
            String after = markdownOf(reading.accepted(), accepted, target, sectionLinks);
            if (target.kind() == CommentTarget.PARAGRAPH) {
                Section section = byNumber.get(target.section());
                String current = Paragraphs.sources(section.body()).get(target.paragraph() - 1);
                String proposed = ProposedText.rebase(current, before, after);
                records.change(entry.getValue(), target, current, proposed);
            } else {
                records.change(entry.getValue(), target, before, after);
            }
        }
        if (!nowhere.isEmpty()) {
            records.change(nowhere, null, null, null);
        }
        return new Result(version, accepted.byAnchors(), records.all, records.topLevel, records.replies, records.changes,
                records.unplaced);
    }

    /**
     * The Markdown of the blocks placed on {@code target}. A caption goes with the table after it (a table's
     * paragraph holds its caption), wherever the anchor before it falls; a section's own heading is not its text.
     */
    private static String markdownOf(WordDocument document, ReviewPlacement placement, ReviewPlacement.Target target,
                                     Map<String, String> sectionLinks) {
        MarkdownBlocks markdown = new MarkdownBlocks(document).linkingBookmarks(sectionLinks::get);
        List<Block> body = document.body();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            boolean caption = block instanceof Paragraph p && p.styleName() != null && p.styleName().equalsIgnoreCase("caption");
            boolean heading = block instanceof Paragraph p && org.tadworkbench.intake.SpecReaders.isHeading(p);
            ReviewPlacement.Target placed = caption && i + 1 < body.size() ? placement.block(i + 1) : placement.block(i);
            if (target.equals(placed) && !(heading && target.kind() == CommentTarget.SECTION)) {
                markdown.add(block);
            }
        }
        return markdown.markdown().strip();
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The comments being made, with their provisional ids and the counts the report gives. */
    private static final class Records {
        private final Reading reading;
        private final String version;
        private final String organisation;
        private final Long consultation;
        private final List<Comment> all = new ArrayList<>();
        private int topLevel;
        private int replies;
        private int changes;
        private int unplaced;

        Records(Reading reading, String version, String organisation, Long consultation) {
            this.reading = reading;
            this.version = version;
            this.organisation = organisation;
            this.consultation = consultation;
        }

        long comment(WordComment c, ReviewPlacement.Target target, Long parent) {
            if (parent == null && !c.isReply()) {
                topLevel++;
            } else {
                replies++;
            }
            String text = c.text().isBlank() ? "(an empty comment)" : c.text();
            String author = c.author() == null || c.author().isBlank() ? "Unknown reviewer" : c.author();
            Instant at = when(c.dateUtc() != null ? c.dateUtc() : c.date());
            return add(target, author, text, null, at, parent, c.done(), c.quote().isBlank() ? null : c.quote(),
                    "comment " + c.id());
        }

        void change(List<TrackedChange> changeList, ReviewPlacement.Target target, String quote, String proposed) {
            changes++;
            String authors = changeList.stream().map(TrackedChange::author).filter(a -> a != null && !a.isBlank())
                    .distinct().collect(Collectors.joining(", "));
            Instant at = changeList.stream().map(TrackedChange::date).map(this::when).max(Instant::compareTo)
                    .orElse(reading.fileDate());
            String text = "Tracked changes: " + changeList.stream().map(ReviewImport::describe)
                    .collect(Collectors.joining("; ")) + ".";
            String ref = target == null ? "document" : target.ref();
            add(target, authors.isEmpty() ? "Unknown reviewer" : authors, text,
                    proposed == null ? null : proposed, at, null, false, quote, "tracked changes on " + ref);
        }

        private long add(ReviewPlacement.Target target, String author, String text, String proposed, Instant at,
                         Long parent, boolean resolved, String quote, String what) {
            long id = all.size() + 1;
            CommentTarget kind = target == null ? CommentTarget.DOCUMENT : target.kind();
            String ref = target == null ? null : target.ref();
            if (target == null) {
                unplaced++;
            }
            all.add(new Comment(id, version, kind, ref, author, organisation, null, text, proposed, at, consultation,
                    parent, resolved, quote, reading.fileName() + " " + reading.sourceKey() + " " + what));
            return id;
        }

        private Instant when(String date) {
            if (date == null || date.isBlank()) {
                return reading.fileDate();
            }
            try {
                return Instant.parse(date);
            } catch (DateTimeParseException notUtc) {
                try {
                    return LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unreadable) {
                    return reading.fileDate();
                }
            }
        }
    }

    private static String describe(TrackedChange change) {
        String what = switch (change.kind()) {
            case INSERTION -> "inserted";
            case DELETION -> "deleted";
            case MOVE_FROM -> "moved away";
            case MOVE_TO -> "moved here";
            case PARAGRAPH_INSERTED -> "split the paragraph";
            case PARAGRAPH_DELETED -> "joined the paragraph to the next";
            case ROW_INSERTED -> "inserted a table row";
            case ROW_DELETED -> "deleted a table row";
            case FORMATTING -> "changed formatting";
        };
        String text = change.text() == null ? "" : change.text().strip();
        return text.isEmpty() ? what : what + " \u201c" + (text.length() > 200 ? text.substring(0, 200) + "\u2026" : text) + "\u201d";
    }
}
