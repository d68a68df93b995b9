package org.sidebyside.web;

import org.sidebyside.importer.ImportConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The domain and the importer, brought in by a configuration of their own rather than on the
 * application class, so that test slices ({@code @WebMvcTest}) leave them out.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImportConfiguration.class)
class Modules {
}
