package org.tadworkbench.intake.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.tadworkbench.intake.Ingested;

/**
 * The images of a PDF (figures, diagrams, logos), which the reader cannot keep as clause text: each reported once,
 * on the first page whose resources hold it, so that a figure is never dropped without a word. Only the resource
 * dictionaries are looked at; no image is decoded.
 */
final class PdfImages {

    private PdfImages() {
    }

    static List<Ingested.Unplaced> of(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Ingested.Unplaced> out = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDResources resources = page.getResources();
            COSDictionary xobjects = resources == null ? null
                    : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            int images = 0;
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream stream
                        && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) && seen.add(stream)) {
                    images++;
                }
            }
            if (images > 0) {
                out.add(new Ingested.Unplaced("page " + number, (images == 1 ? "an image" : images + " images")
                        + " (a figure, diagram or logo): not kept as text"));
            }
        }
        return out;
    }
}
