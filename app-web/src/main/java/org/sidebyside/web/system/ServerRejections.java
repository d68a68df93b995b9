package org.sidebyside.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Requests Tomcat refuses itself get pages that look like the site's, not Tomcat's report.
 * An encoded slash ({@code %2F}) is passed on rather than refused by Tomcat, so that Spring
 * Security's firewall refuses it with the site's own 400 page; what Tomcat still refuses before
 * any application code runs (a path climbing above the root, a request line or header over the
 * limit) gets a static copy of that page, without Tomcat's name or version.
 */
@Configuration(proxyBeanMethods = false)
class ServerRejections {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> staticBadRequestPage() {
        return event -> {
            if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
                return;
            }
            String page = copyOut("server-errors/400.html");
            for (Valve valve : tomcat.getTomcat().getHost().getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report) {
                    report.setShowReport(false);
                    report.setShowServerInfo(false);
                    report.setProperty("errorCode.400", page);
                }
            }
        };
    }

    /** Tomcat reads these pages from files: the packaged one is copied to a temporary file once. */
    private static String copyOut(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("sidebyside-400-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
