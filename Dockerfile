# The Partnerflow image: the jar built by ./mvnw -B package -DskipTests, on a JRE, as a non-root user.
# docker compose build (or: docker build -t partnerflow .) after packaging; configuration is by environment
# variables (see README, Deployment).
FROM eclipse-temurin:17-jre
RUN groupadd --system partnerflow && useradd --system --gid partnerflow --home-dir /app partnerflow
WORKDIR /app
COPY target/partnerflow-*.jar /app/partnerflow.jar
# Class data sharing (docs/performance.md, Start-up): unpack the jar, then start it once at build time against an
# in-memory H2 (the context stops after refresh) to record the classes a start loads. On 2 cores a start then takes
# about 12.5 s instead of 17 to 21 s.
RUN java -Djarmode=tools -jar /app/partnerflow.jar extract --destination /app/run \
    && java -XX:ArchiveClassesAtExit=/app/run/partnerflow.jsa -Dspring.context.exit=onRefresh \
        -jar /app/run/partnerflow.jar --server.port=0 --spring.datasource.url=jdbc:h2:mem:training \
        --partnerflow.initial-admin.password=build-time-training-only \
    && rm /app/partnerflow.jar && chown -R partnerflow:partnerflow /app
USER partnerflow
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/run/partnerflow.jsa", "-jar", "/app/run/partnerflow.jar"]
