package org.slant.platform.ui;

import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import org.springframework.util.unit.DataSize;

/**
 * Upload handlers that keep files in temporary files, refusing on the server a file larger than the limit. The
 * upload component's own limit is checked by the browser only, and a web UI request may otherwise be as large as the
 * largest import (an archive, 1 GB): a hand-made request could fill the disk with files the import refuses anyway.
 */
public final class LimitedUploads {

    /** Room for the form around the file in a multipart request. */
    private static final long FORM = DataSize.ofMegabytes(1).toBytes();

    private LimitedUploads() {
    }

    public static TemporaryFileUploadHandler toTempFile(long maxFileBytes, FileUploadCallback whenUploaded) {
        return new TemporaryFileUploadHandler(whenUploaded) {

            @Override
            public long getFileSizeMax() {
                return maxFileBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxFileBytes + FORM;
            }
        };
    }
}
