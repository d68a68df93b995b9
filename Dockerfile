# The app as an image, for docker-compose.yml's "scale" profile (two instances behind nginx)
# and for any container platform. Built from the sources: no registry but Maven Central.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app sidebyside
WORKDIR /app
COPY --from=build /src/app-web/target/app-web.jar app-web/target/app-web.jar
COPY bin/sidebyside bin/sidebyside
# extracted at build time, as bin/sidebyside would on its first start; no class-data-sharing
# archive, whose training start needs the database
RUN java -Djarmode=tools -jar app-web/target/app-web.jar extract --destination app-web/target/app \
    && chown -R sidebyside /app
USER sidebyside
ENV SIDEBYSIDE_CDS=false
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["/app/bin/sidebyside"]
