package org.slant.archive.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slant.archive.ArchiveLimits;
import org.slant.platform.api.UploadLimitHelp;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A form upload of an archive is held to Spring's multipart limit (which follows the document import's, 50 MB by
 * default) as well as to the archive limit; a raw body only to the archive limit. The 413 says which limit refused
 * the archive and, when the archive limit is the larger, that the archive can be sent as the request body.
 */
@Component
class ArchiveUploadLimitHelp implements UploadLimitHelp {

    private final ArchiveLimits limits;

    ArchiveUploadLimitHelp(ArchiveLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean concerns(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + ProjectArchiveApi.IMPORT_PATH);
    }

    @Override
    public String detail(DataSize multipartLimit) {
        if (multipartLimit.toBytes() <= 0 || multipartLimit.toBytes() >= limits.maxUpload().toBytes()) {
            return "The archive is larger than the limit of " + limits.describe() + " (slant.archive.max-upload); "
                    + "nothing was stored.";
        }
        return "The archive is larger than the limit of " + ArchiveLimits.describe(multipartLimit)
                + " for form uploads (spring.servlet.multipart.max-file-size, which follows slant.import.max-upload); "
                + "nothing was stored. Send it as the request body instead (Content-Type: application/zip), which "
                + "may hold up to " + limits.describe() + " (slant.archive.max-upload).";
    }
}
