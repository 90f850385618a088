package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where sign-in leads: after success, back to the page that needed it (the saved request), else to the page the user
 * came from (the form's {@code next}, a local path only, never another site), else the dashboard. After a failure,
 * back to the form with the reason and the same {@code next}.
 */
final class SignInTarget implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String NEXT = "next";

    private final RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        String next = localPath(request.getParameter(NEXT));
        String target = saved != null ? saved.getRedirectUrl() : next != null ? next : "/";
        requests.removeRequest(request, response);
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(saved != null ? target : request.getContextPath() + target);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e);
        String next = localPath(request.getParameter(NEXT));
        response.sendRedirect(request.getContextPath() + "/login?error"
                + (next == null ? "" : "&" + NEXT + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** The path if it stays on this site ("/outline", "/sections/1.4?x=y"), else null; never the sign-in page. */
    static String localPath(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.startsWith("/\\") || candidate.chars().anyMatch(c -> c < 0x20)
                || candidate.startsWith("/login") || candidate.startsWith("/logout")) {
            return null;
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getAuthority() == null ? candidate : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The local path of a same-site Referer, else null. */
    static String fromReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String context = request.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            return localPath(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
