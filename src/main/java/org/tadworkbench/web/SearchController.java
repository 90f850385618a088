package org.tadworkbench.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.search.SearchHit;
import org.tadworkbench.search.SearchIndexCache;
import org.tadworkbench.search.SearchKind;
import org.tadworkbench.search.SearchRequest;
import org.tadworkbench.search.SearchResults;
import org.tadworkbench.workspace.Workspace;

/**
 * Search over what the reader may read: {@code GET /search?q=} (a page; every page's header has the box) and
 * {@code GET /search.json?q=} ({@code {"results":[{"kind","title","url","snippet"}]}}, best first; the snippet is HTML
 * with the text escaped and the hits in {@code <mark>}). Both take {@code kind} (section, term, clause, impact,
 * comment; repeatable) and {@code version}; the page pages by {@code page}, the JSON by {@code offset} and
 * {@code limit} (at most 100). The index is the {@link SearchIndexCache}'s for the workspace the pages show;
 * who sees what is {@link SearchVisibility}'s.
 */
@Controller
class SearchController implements AutoCloseable {

    static final int PAGE_SIZE = 20;

    /** One result as the page and the JSON show it. */
    record Result(String kind, String kindLabel, String title, String url, String snippet, String version,
                  List<String> alsoIn) {
    }

    /** A kind the reader may filter on, with how many results the query has of it. */
    record KindChoice(String code, String label, int count, boolean chosen) {
    }

    private final CurrentWorkspace current;
    private final VersionAccess access;
    private final SearchIndexCache indexes;

    SearchController(CurrentWorkspace current, VersionAccess access,
                     @Value("${tad.search.patience:250ms}") Duration patience) {
        this.current = current;
        this.access = access;
        this.indexes = new SearchIndexCache(patience);
    }

    @GetMapping("/search")
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(name = "kind", required = false) List<String> kinds,
                @RequestParam(required = false) String version, @RequestParam(defaultValue = "1") int page, Model model) {
        Workspace ws = current.require();
        Set<SearchKind> chosen = kindsOf(kinds);
        int shownPage = Math.max(1, Math.min(page, 1000));
        SearchRequest request = new SearchRequest(q, chosen, version, (shownPage - 1) * PAGE_SIZE, PAGE_SIZE);
        SearchResults results = search(ws, request);
        List<KindChoice> choices = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            choices.add(new KindChoice(kind.code(), kind.plural(), results.byKind().getOrDefault(kind, 0), chosen.contains(kind)));
        }
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("searchQuery", q);
        model.addAttribute("searched", !q.isBlank());
        model.addAttribute("results", results(ws, results));
        model.addAttribute("total", results.total());
        model.addAttribute("everyPart", results.everyPart());
        model.addAttribute("kinds", choices);
        model.addAttribute("versions", readableVersions(ws));
        model.addAttribute("selectedVersion", request.version());
        model.addAttribute("page", shownPage);
        model.addAttribute("firstShown", request.offset() + 1);
        model.addAttribute("lastShown", request.offset() + results.hits().size());
        boolean hasNext = request.offset() + results.hits().size() < results.total();
        model.addAttribute("previousPage", shownPage > 1 ? pageLink(q, chosen, request.version(), shownPage - 1) : null);
        model.addAttribute("nextPage", hasNext ? pageLink(q, chosen, request.version(), shownPage + 1) : null);
        return "search/showResults";
    }

    /** The path of another page of the same search, with its filters. */
    private static String pageLink(String q, Set<SearchKind> kinds, String version, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
        kinds.forEach(k -> link.queryParam("kind", k.code()));
        if (version != null) {
            link.queryParam("version", version);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    @GetMapping(value = "/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@RequestParam(defaultValue = "") String q,
                             @RequestParam(name = "kind", required = false) List<String> kinds,
                             @RequestParam(required = false) String version,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "" + PAGE_SIZE) int limit) {
        Set<SearchKind> chosen;
        try {
            chosen = kindsOf(kinds);
        } catch (BadRequestException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Workspace ws = current.require();
        SearchResults results = search(ws, new SearchRequest(q, chosen, version, offset, limit));
        List<Map<String, String>> shown = results(ws, results).stream().map(r -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("kind", r.kind());
            one.put("title", r.title());
            one.put("url", r.url());
            one.put("snippet", r.snippet());
            return one;
        }).toList();
        return Map.of("results", shown);
    }

    private SearchResults search(Workspace ws, SearchRequest request) {
        return indexes.indexFor(ws).search(request, SearchVisibility.forReader(ws, access));
    }

    private static List<Result> results(Workspace ws, SearchResults results) {
        SearchLinks links = new SearchLinks(ws);
        return results.hits().stream().map(h -> result(h, links)).toList();
    }

    private static Result result(SearchHit hit, SearchLinks links) {
        SearchKind kind = hit.entry().kind();
        return new Result(kind.code(), kind.label(), hit.entry().title(), links.url(hit.entry().target()), hit.snippet(),
                hit.entry().target().version(), hit.alsoIn());
    }

    /** The versions whose text the reader may read, newest first: the version filter's choices. */
    private List<String> readableVersions(Workspace ws) {
        List<String> versions = new ArrayList<>(ws.manifest().versions().stream().map(DocumentVersion::version)
                .filter(v -> ws.sectionsOf(v).isPresent() && access.mayRead(ws, v)).toList());
        java.util.Collections.reverse(versions);
        return versions;
    }

    private static Set<SearchKind> kindsOf(List<String> codes) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code.isBlank()) {
                continue;
            }
            kinds.add(SearchKind.of(code).orElseThrow(() -> new BadRequestException("'" + code + "' is not a kind of "
                    + "result: use section, term, clause, impact or comment.")));
        }
        return kinds;
    }

    @Override
    public void close() {
        indexes.close();
    }
}
