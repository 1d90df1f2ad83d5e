package org.slant;

import org.slant.platform.EarlyEmbeddedPostgres;
import org.slant.platform.TrainingRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// housekeeping only: exports' files left behind are swept away
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(new EarlyEmbeddedPostgres.Starter());
        TrainingRun.finishIfAsked(application.run(args));
    }
}
