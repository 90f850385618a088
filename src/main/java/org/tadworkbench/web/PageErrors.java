package org.tadworkbench.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Turns the pages' own failures into friendly pages, with the layout and navigation intact. */
@ControllerAdvice(assignableTypes = {DashboardController.class, OutlineController.class, SectionController.class,
        SpecsController.class, ImpactsController.class})
class PageErrors {

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("detail", e.getMessage());
        return page;
    }

    @ExceptionHandler(NothingImportedException.class)
    String nothingImported() {
        return "redirect:/";
    }
}
