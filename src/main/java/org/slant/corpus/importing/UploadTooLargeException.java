package org.slant.corpus.importing;

import java.io.IOException;
import org.slant.platform.Message;

/** The files of one import hold more than {@link ImportLimits#maxUpload()}: reading stops at once. */
class UploadTooLargeException extends IOException {

    private final Message said;

    UploadTooLargeException(Message said) {
        super(said.english());
        this.said = said;
    }

    /** The problem by key, for the reader's language. */
    Message said() {
        return said;
    }
}
