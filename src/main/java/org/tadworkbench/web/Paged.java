package org.tadworkbench.web;

import java.util.List;

/**
 * One page of a long list (an impact matrix, the model's elements), so a page costs what it shows however large the
 * workspace: {@code items} are numbers {@code first} to {@code last} of {@code total}. A page number out of range
 * shows the nearest page.
 */
record Paged<T>(List<T> items, int page, int pages, int first, int last, int total) {

    /** A list of up to {@code onePageUpTo} items on one page; a longer one {@code size} a page. */
    static <T> Paged<T> of(List<T> all, Integer requested, int onePageUpTo, int size) {
        return of(all, requested, all.size() <= onePageUpTo ? onePageUpTo : size);
    }

    static <T> Paged<T> of(List<T> all, Integer requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = requested == null ? 1 : Math.min(Math.max(requested, 1), pages);
        int from = (page - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new Paged<>(all.subList(from, to), page, pages, Math.min(from + 1, to), to, all.size());
    }

    /** Whether there is more than one page, so the page shows where it is and links to its neighbours. */
    public boolean paged() {
        return pages > 1;
    }

    /** The page number to link as previous, or null on the first page. */
    public Integer previous() {
        return page > 1 ? page - 1 : null;
    }

    /** The page number to link as next, or null on the last page. */
    public Integer next() {
        return page < pages ? page + 1 : null;
    }
}
