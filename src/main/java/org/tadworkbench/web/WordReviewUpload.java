package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;
import org.tadworkbench.wordimport.ReviewImport;
import org.tadworkbench.workspace.Workspace;

/**
 * A reviewer's marked-up Word file uploaded in the browser, recorded as {@code tad review import} records it
 * ({@link ReviewImport}: placed by the copy's bookmarks or by headings and text, threads and proposed changes kept)
 * through {@link GovernanceStore#importComments}, all or nothing. Quality assurance uploads on behalf of the
 * organisation it names; anyone else for their own organisation. The consultation page and the version's comments
 * page both upload through here.
 */
@Component
class WordReviewUpload {

    /** Why nothing was recorded, with the status of the page that says so (400 a bad file, 409 a file recorded before). */
    static final class Refused extends Exception {
        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    private final GovernanceStore governance;

    WordReviewUpload(GovernanceStore governance) {
        this.governance = governance;
    }

    /**
     * Records {@code file}'s comments on the version of {@code consultation} when given, else on {@code version}, by
     * {@code me} for {@code respondent} (heeded for quality assurance only; blank: {@code me}'s organisation). Returns
     * the sentence to show. Refusals of the review rules ({@code ReviewException}) pass through to the refusal page.
     */
    String upload(Workspace ws, MultipartFile file, Consultation consultation, String version, String respondent,
                  Account me) throws Refused {
        String name = SpecUpload.fileName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + ": the file is empty; choose the reviewer's .docx file.");
        }
        if (file.getSize() > WordReader.MAX_FILE_BYTES) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + ": Word files over " + WordReader.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB are refused.");
        }
        ReviewImport review = new ReviewImport();
        ReviewImport.Reading reading;
        try (InputStream in = file.getInputStream()) {
            reading = TemporaryUpload.read(in, "tad-review-upload-", ".docx", copy -> review.read(copy, name));
        } catch (WordFileException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, sentence(e.getMessage()));
        } catch (IOException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, name + ": the upload could not be read.");
        }
        List<Comment> earlier = ReviewImport.alreadyImported(reading, governance.loadGovernance(ws.manifest().id()).comments());
        if (!earlier.isEmpty()) {
            throw new Refused(HttpStatus.CONFLICT, name + " was already imported (comments " + earlier.get(0).id() + " to "
                    + earlier.get(earlier.size() - 1).id() + "); nothing was imported again.");
        }
        String on;
        try {
            on = consultation != null ? ReviewImport.versionFor(reading, ws, consultation) : versionShown(reading, ws, version);
        } catch (IllegalArgumentException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, sentence(e.getMessage()));
        }
        boolean onBehalf = me.role() == AccountRole.QUALITY_ASSURANCE && respondent != null && !respondent.isBlank();
        String organisation = onBehalf ? respondent.strip() : me.organisation();
        String category = onBehalf || me.partyCategory() == null ? null : me.partyCategory().code();
        ReviewImport.Result result = review.place(reading, on, ws.sectionsOf(on).orElseThrow(), organisation,
                consultation == null ? null : consultation.id());
        governance.importComments(ws.manifest().id(), result.comments().stream().map(c -> inCategory(c, category)).toList(),
                me.username(), me.role());
        return result.topLevel() + " comments, " + result.replies() + " replies, " + result.proposedChanges()
                + " proposed changes imported from " + name + " (" + result.unplaced() + " attached to the whole document).";
    }

    /** The page's version; a reviewer copy of another version of this workspace is refused rather than misplaced. */
    private static String versionShown(ReviewImport.Reading reading, Workspace ws, String version) {
        reading.copyWorkspace().filter(ws.manifest().id()::equals).flatMap(id -> reading.copyVersion())
                .filter(shown -> !shown.equals(version)).ifPresent(shown -> {
                    throw new IllegalArgumentException(reading.fileName() + " is the reviewer copy of version " + shown
                            + ", not of version " + version + ": upload it on the comments of version " + shown);
                });
        return version;
    }

    private static Comment inCategory(Comment c, String category) {
        return category == null ? c : new Comment(c.id(), c.version(), c.target(), c.targetRef(), c.author(),
                c.organisation(), category, c.text(), c.proposedChange(), c.createdAt(), c.consultationId(), c.replyTo(),
                c.resolved(), c.quote(), c.source());
    }

    /** The reader's message as a sentence; it starts with the file's name, which keeps its case. */
    static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }
}
