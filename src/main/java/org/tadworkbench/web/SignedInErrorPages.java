package org.tadworkbench.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Refusal and error pages keep the signed-in header. A page made by an {@code @ExceptionHandler} gets none of the
 * {@code @ModelAttribute} values {@link SignedInUser} gives other pages, so the layout showed "Sign in" to a user
 * who was signed in; every exception resolver's page is given who is signed in here, once for all handlers.
 */
@Configuration(proxyBeanMethods = false)
class SignedInErrorPages implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.replaceAll(SignedInErrorPages::withSignedInUser);
    }

    static HandlerExceptionResolver withSignedInUser(HandlerExceptionResolver resolver) {
        return (request, response, handler, e) -> {
            ModelAndView page = resolver.resolveException(request, response, handler, e);
            // An empty page means "handled, nothing to render"; a redirect would carry the values as parameters.
            if (page != null && !page.isEmpty() && !isRedirect(page)) {
                page.getModelMap().putIfAbsent("currentUser", SignedInUser.name());
                SignedInUser.account().ifPresent(account -> page.getModelMap().putIfAbsent("currentAccount", account));
            }
            return page;
        };
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getView() instanceof RedirectView || page.getViewName() != null && page.getViewName().startsWith("redirect:");
    }
}
