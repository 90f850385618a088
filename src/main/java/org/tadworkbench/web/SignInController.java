package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: a plain form (works without JavaScript) posting to Spring Security's /login. */
@Controller
class SignInController {

    /** Issue 16: the organisation's identity provider, when configured. */
    private final ObjectProvider<OidcSignIn> oidc;

    SignInController(ObjectProvider<OidcSignIn> oidc) {
        this.oidc = oidc;
    }

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    @GetMapping("/login")
    String signIn(@RequestParam(name = SignInTarget.NEXT, required = false) String next,
                  @RequestParam(name = "error", required = false) String error,
                  @RequestParam(name = "signedOut", required = false) String signedOut,
                  HttpServletRequest request, Model model) {
        String target = SignInTarget.localPath(next);
        model.addAttribute("next", target != null ? target : SignInTarget.fromReferer(request));
        model.addAttribute("signedOut", signedOut != null);
        OidcSignIn provider = oidc.getIfAvailable();
        model.addAttribute("oidcName", provider == null ? null : provider.name());
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // Issue 16: a refusal from the identity provider's sign-in says its own reason.
            model.addAttribute("problem", OidcSignIn.problem(failure).orElseGet(() -> failure instanceof SignInThrottledException throttled
                    ? "Too many failed sign-ins for this username or from your network address. Try again after "
                            + UK_TIME.format(throttled.until()) + " (UK time)."
                    : "The username or password is not right, or the account is disabled."));
        }
        return "account/signIn";
    }
}
