package org.sidebyside.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import java.util.List;
import java.util.Optional;
import org.sidebyside.ChangedMeanwhileException;
import org.sidebyside.NoSuchRecordException;
import org.sidebyside.history.History;
import org.sidebyside.history.Revision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what goes wrong in a controller into a page in the site's layout with the right
 * status: 404 for what does not exist, 400 for a request that cannot be answered, 409 for a
 * record someone else saved after an instructor opened it, 503 (with
 * {@code Retry-After}) while the database cannot be reached, and a friendly 500 otherwise. Never a stack trace or an exception message.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    /** What a 503 asks clients to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final History history;
    private final ObjectProvider<CurrentRecord> current;

    ErrorPages(History history, ObjectProvider<CurrentRecord> current) {
        this.history = history;
        this.current = current;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoSuchRecordException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    /**
     * The one conflict page, for every admin form: someone saved the record after the
     * instructor opened it (or at the same moment). Nothing typed is lost: it is shown beside
     * what is saved now, ready to be sent again over the current version.
     */
    @ExceptionHandler({ChangedMeanwhileException.class, OptimisticLockingFailureException.class})
    ModelAndView changedMeanwhile(HttpServletRequest request, Exception e) {
        KeptInput kept = KeptInput.of(request);
        Revision lastChange = null;
        String path = null;
        List<Conflict.Field> fields = List.of();
        if (e instanceof ChangedMeanwhileException changed) {
            lastChange = history.latest(changed.type(), changed.key()).orElse(null);
            Optional<CurrentRecord.Shown> shown = current.orderedStream().filter(c -> c.shows(changed.type())).findFirst()
                    .flatMap(c -> c.current(changed.type(), changed.key()));
            path = shown.map(CurrentRecord.Shown::path).orElse(null);
            if (kept != null) {
                KeptInput typed = kept;
                fields = shown.map(s -> differing(typed, s)).orElse(List.of());
                if (changed.currentVersion().isPresent()) {
                    kept = kept.atVersion(changed.currentVersion().getAsLong());
                }
            }
        }
        return page(HttpStatus.CONFLICT, "error/409")
                .addObject("conflict", new Conflict(lastChange, path, fields, kept));
    }

    /** The shown fields of what was typed whose value is not the one saved now. */
    private static List<Conflict.Field> differing(KeptInput typed, CurrentRecord.Shown shown) {
        return typed.fields().stream().filter(f -> !f.hidden())
                .map(f -> {
                    Object theirs = shown.values().apply(f.name());
                    return new Conflict.Field(f.name(), f.value(), theirs == null ? "" : String.valueOf(theirs));
                })
                .filter(Conflict.Field::differs).toList();
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, InvalidParameterException.class,
            InvalidPropertyException.class})
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed() {
        return page(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, HttpServletResponse response, Exception e) {
        if (DatabaseOutage.isCause(e)) {
            // an honest, fast answer: the page needs the database, which is down; try again soon
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return page(HttpStatus.SERVICE_UNAVAILABLE, "error/503").addObject(KeptInput.ATTRIBUTE, KeptInput.of(request));
        }
        if (e instanceof org.springframework.web.ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // a request Spring MVC itself refused (wrong method, media type, size...): its own 4xx
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return page(status);
        }
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return page(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The one error page, its texts chosen by status ({@code error.html}). */
    private static ModelAndView page(HttpStatus status) {
        return page(status, "error");
    }

    private static ModelAndView page(HttpStatus status, String view) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("status", status.value());
        return mav;
    }
}
