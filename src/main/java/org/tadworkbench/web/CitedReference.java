package org.tadworkbench.web;

import java.util.List;
import org.tadworkbench.document.DocumentReference;

/**
 * A reference a section cites, as the page links it: to its web address when it has a safe one, else to its
 * entry in the specification register, else as plain text. Unknown ids show as they are.
 */
record CitedReference(String id, String title, String url, String spec) {

    static CitedReference of(String id, List<DocumentReference> register) {
        return register.stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> new CitedReference(id, r.title(), isWebAddress(r.url()) ? r.url() : null, r.spec()))
                .orElse(new CitedReference(id, id, null, null));
    }

    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
