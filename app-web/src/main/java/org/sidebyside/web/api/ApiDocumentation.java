package org.sidebyside.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its one server: the configured public URL. Without it,
 * springdoc would write whatever {@code Host} the client sent into the document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI openApi(@Value("${sidebyside.public-url}") String publicUrl) {
        return new OpenAPI()
                .info(new Info().title("Alibaba vs Amazon, side by side")
                        .description("The published facts, each with the verbatim quotes it rests on."))
                .servers(List.of(new Server().url(publicUrl)));
    }
}
