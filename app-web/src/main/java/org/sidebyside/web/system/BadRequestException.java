package org.sidebyside.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request the app cannot answer as asked (an unknown filter value, say): the 400 page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

    public BadRequestException(String what) {
        super(what);
    }
}
