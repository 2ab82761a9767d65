package org.partnerflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Partnerflow: partnership programme tracking and grant-funding workflows on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerflowApplication.class, args);
    }
}
