package org.slant.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.streams.UploadHandler;
import org.junit.jupiter.api.Test;

/**
 * Vaadin reads an upload handler's limits on the server for every upload request (its own default, -1, is none):
 * the web UI's document and annotated imports keep no file larger than the import's limit, whatever the browser
 * was told.
 */
class LimitedUploadsTest {

    @Test
    void theHandlerRefusesAFileOverTheLimitOnTheServer() {
        UploadHandler unlimited = UploadHandler.toTempFile((metadata, file) -> { });
        UploadHandler limited = LimitedUploads.toTempFile(50L * 1024 * 1024, (metadata, file) -> { });

        assertThat(unlimited.getFileSizeMax()).isEqualTo(-1);
        assertThat(limited.getFileSizeMax()).isEqualTo(50L * 1024 * 1024);
        assertThat(limited.getRequestSizeMax()).isEqualTo(51L * 1024 * 1024);
    }
}
