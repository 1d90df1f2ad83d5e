package org.slant.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.unit.DataSize;

/**
 * What to tell the sender of a form upload that Spring's multipart limit refused, for endpoints whose uploads have a
 * limit of their own (project archives): the platform's own answer speaks of document imports.
 */
public interface UploadLimitHelp {

    /** Whether the refused request was sent to one of the endpoints this help is for. */
    boolean concerns(HttpServletRequest request);

    /** The problem's detail; {@code multipartLimit} is the limit that refused the upload. */
    String detail(DataSize multipartLimit);
}
