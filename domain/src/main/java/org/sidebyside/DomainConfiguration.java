package org.sidebyside;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Everything the domain module contributes to an application: entities, repositories and
 * services. The runnable modules import it rather than scanning each other's packages.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = DomainConfiguration.class,
        useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(org.springframework.stereotype.Service.class))
@EntityScan(basePackageClasses = DomainConfiguration.class)
@EnableJpaRepositories(basePackageClasses = DomainConfiguration.class)
public class DomainConfiguration {
}
