package org.tadworkbench.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The impact-analysis pages' failures as friendly pages: 404 for unknown releases and rows, 400 with the reason. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {ImpactsController.class, ComputedImpactController.class})
class ImpactPageErrors {

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("detail", e.getMessage());
        page.addObject("currentUser", SignedInUser.name());
        return page;
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        ModelAndView page = new ModelAndView("impacts/badRequest", HttpStatus.BAD_REQUEST);
        page.addObject("detail", e.getMessage());
        page.addObject("currentUser", SignedInUser.name());
        return page;
    }

    @ExceptionHandler(NothingImportedException.class)
    String nothingImported() {
        return "redirect:/";
    }
}
