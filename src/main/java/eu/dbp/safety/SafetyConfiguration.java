package eu.dbp.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    @Bean
    SafetyAssessor safetyAssessor() {
        return SafetyAssessor.standard();
    }
}
