package org.sidebyside.web.api;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.sidebyside.web.system.BadRequestException;
import org.sidebyside.web.system.DatabaseOutage;
import org.sidebyside.web.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API answers errors as RFC 9457 problem details, not pages. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + e.getMessage());
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class,
            InvalidParameterException.class})
    ProblemDetail badRequest(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e instanceof BadRequestException ? e.getMessage()
                        : e instanceof InvalidParameterException ? "a parameter is not valid UTF-8"
                        : "a parameter has the wrong type");
    }

    /** The database down: 503 with Retry-After; Spring MVC's own refusals: their 4xx; else 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e) {
        if (DatabaseOutage.isCause(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "the fact base cannot be reached just now; try again in a few seconds"));
        }
        if (e instanceof ErrorResponse refused) {
            return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders()).body(refused.getBody());
        }
        log.error("Unexpected API error", e);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error"));
    }
}
