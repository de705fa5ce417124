package eu.dbp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** DBP, the Digital Battery Passport: one deployable, one module per capability. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class DbpApplication {

    public static void main(String[] args) {
        SpringApplication.run(DbpApplication.class, args);
    }
}
