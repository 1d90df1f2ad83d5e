package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class ImportLimitsTest {

    @Test
    void defaultsToFiftyMegabytesPerUploadAndTwoPerDocument() {
        ImportLimits limits = ImportLimits.defaults();

        assertThat(limits.maxUpload()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(limits.maxDocument()).isEqualTo(DataSize.ofMegabytes(2));
    }

    @Test
    void isSetByEnvironmentVariablesAsTheDocsSay() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test", Map.of(
                "SLANT_IMPORT_MAX_UPLOAD", "200MB", "SLANT_IMPORT_MAX_DOCUMENT", "512KB")));

        ImportLimits limits = Binder.get(environment).bind("slant.import", ImportLimits.class).get();

        assertThat(limits.maxUpload()).isEqualTo(DataSize.ofMegabytes(200));
        assertThat(limits.maxDocument()).isEqualTo(DataSize.ofKilobytes(512));
        // application.properties sets Spring's multipart limits to this placeholder
        assertThat(environment.resolvePlaceholders("${slant.import.max-upload}")).isEqualTo("200MB");
    }

    @Test
    void describesSizesAsPeopleWriteThem() {
        assertThat(ImportLimits.describe(DataSize.ofMegabytes(50))).isEqualTo("50 MB");
        assertThat(ImportLimits.describe(DataSize.ofKilobytes(512))).isEqualTo("512 KB");
        assertThat(ImportLimits.describe(DataSize.ofBytes(1000))).isEqualTo("1000 bytes");
    }

    @Test
    void refusesLimitsOfNothing() {
        assertThatThrownBy(() -> new ImportLimits(DataSize.ofBytes(0), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slant.import.max-upload");
    }
}
