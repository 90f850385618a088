package org.tadworkbench.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the pages' own failures into friendly pages, with the layout and navigation intact: 404 for unknown
 * sections, releases, rows, elements and views; 400 with the reason for bad input; the dashboard's import help
 * when nothing has been imported yet.
 */
@ControllerAdvice(assignableTypes = {DashboardController.class, OutlineController.class, SectionController.class,
        SpecsController.class, ImpactsController.class, ComputedImpactController.class, ModelController.class,
        ViewsController.class, PlanController.class, VersionsController.class, NoticesController.class,
        AuditController.class, SectionEditController.class, CommentController.class, ConsultationController.class,
        VersionSectionController.class, NextDraftController.class, SpecDocumentController.class, ImpactTriageController.class,
        PicturesController.class})
class PageErrors {

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e) {
        return page("error/404", HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page("impacts/badRequest", HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NothingImportedException.class)
    String nothingImported() {
        return "redirect:/";
    }

    private static ModelAndView page(String view, HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("detail", detail);
        return page;
    }
}
