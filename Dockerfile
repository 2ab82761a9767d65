# The Partnerflow image: the jar built by ./mvnw -B package -DskipTests, on a JRE, as a non-root user.
# docker compose build (or: docker build -t partnerflow .) after packaging; configuration is by environment
# variables (see README, Deployment).
FROM eclipse-temurin:25-jre
RUN groupadd --system partnerflow && useradd --system --gid partnerflow --home-dir /app partnerflow
WORKDIR /app
COPY target/partnerflow-*.jar /app/partnerflow.jar
# The same JVM options for the training start and for every later start, so the cache below always fits.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Ahead-of-time cache (Java 25, JEP 483/514/515; docs/performance.md, Start-up): unpack the jar, then start it once
# at build time against an in-memory H2 (the context stops after refresh) to record the classes a start loads and
# links and the methods it runs hot. On 2 cores a start then takes 9 to 16 s instead of 13 to 22 s with Java 17's
# class data archive. The jar is built for Java 17 (release 17) and runs unchanged on both.
RUN java -Djarmode=tools -jar /app/partnerflow.jar extract --destination /app/run \
    && java -XX:AOTCacheOutput=/app/run/partnerflow.aot -Dspring.context.exit=onRefresh \
        -jar /app/run/partnerflow.jar --server.port=0 --spring.datasource.url=jdbc:h2:mem:training \
        --partnerflow.initial-admin.password=build-time-training-only \
    && rm /app/partnerflow.jar && chown -R partnerflow:partnerflow /app
USER partnerflow
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/run/partnerflow.aot", "-jar", "/app/run/partnerflow.jar"]
