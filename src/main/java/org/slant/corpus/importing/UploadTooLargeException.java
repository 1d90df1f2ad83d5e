package org.slant.corpus.importing;

import java.io.IOException;

/** The files of one import hold more than {@link ImportLimits#maxUpload()}: reading stops at once. */
class UploadTooLargeException extends IOException {

    UploadTooLargeException(String message) {
        super(message);
    }
}
