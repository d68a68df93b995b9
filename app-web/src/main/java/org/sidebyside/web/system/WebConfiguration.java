package org.sidebyside.web.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.sidebyside.web.factbase.FactBaseReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final CacheControl ONE_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    /**
     * Static files under their own three paths only (Boot's default maps {@code /**}, and then
     * every link a page renders, {@code /compare/payments} included, is looked up as a possible
     * static file). CSS and JS get content-hashed URLs ({@code site-<md5>.css}) so that a year's
     * cache never serves a stale file; WebJars keep version-less URLs.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String dir : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + dir + "/**")
                    .addResourceLocations("classpath:/static/" + dir + "/")
                    .setCacheControl(ONE_YEAR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/favicon.svg", "/favicon.ico")
                .addResourceLocations("classpath:/static/icons/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(ONE_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoNulCharacters());
    }

    /** Validators, 304s and rendered-page caching for anonymous readers; after Spring Security. */
    @Bean
    FilterRegistrationBean<PublishedPages> publishedPages(FactBaseReader reader, Optional<BuildProperties> build,
                                                          @Value("${sidebyside.page-cache.enabled:true}") boolean cache,
                                                          @Value("${sidebyside.page-cache.max-megabytes:32}") long megabytes) {
        String buildId = build.map(b -> Long.toString(b.getTime() == null ? 0 : b.getTime().getEpochSecond(), 36))
                .orElse("dev");
        FilterRegistrationBean<PublishedPages> bean = new FilterRegistrationBean<>(
                new PublishedPages(reader, buildId, Clock.systemUTC(), cache, megabytes * 1024 * 1024));
        bean.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return bean;
    }
}
