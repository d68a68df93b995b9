package org.sidebyside.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sidebyside.web.system.PublicUrl;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: a real title, version and description, its one server (the configured
 * public URL; springdoc would otherwise write whatever {@code Host} a client sent), and the
 * problem documents (RFC 9457) every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "A parameter is not one this API understands (an unknown company, topic, source or kind).",
            "404", "No published fact, source or topic has that key or slug.",
            "503", "The database cannot be reached just now; try again after Retry-After seconds.");

    @Bean
    OpenAPI openApi(PublicUrl publicUrl, Optional<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("Alibaba vs Amazon, side by side")
                        .version(build.map(BuildProperties::getVersion).orElse("dev"))
                        .description("The published fact base: companies, topics, the four source articles and "
                                + "every published fact, each with the verbatim quotes it rests on and where they "
                                + "stand in their article. Read-only and open to everyone; responses carry an ETag."))
                .servers(List.of(new Server().url(publicUrl.base())));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> problem = new Schema<>().type("object")
                    .addProperty("type", new Schema<>().type("string"))
                    .addProperty("title", new Schema<>().type("string"))
                    .addProperty("status", new Schema<>().type("integer"))
                    .addProperty("detail", new Schema<>().type("string"));
            api.getPaths().values().forEach(path -> path.readOperations().forEach((Operation op) ->
                    PROBLEMS.forEach((status, description) -> op.getResponses().putIfAbsent(status, new ApiResponse()
                            .description(description)
                            .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)))))));
        };
    }
}
