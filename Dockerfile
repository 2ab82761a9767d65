# The Partnerflow image: the jar built by ./mvnw -B package -DskipTests, on a JRE, as a non-root user.
# docker compose build (or: docker build -t partnerflow .) after packaging; configuration is by environment
# variables (see README, Deployment).
FROM eclipse-temurin:17-jre
RUN groupadd --system partnerflow && useradd --system --gid partnerflow --home-dir /app partnerflow
WORKDIR /app
COPY target/partnerflow-*.jar /app/partnerflow.jar
USER partnerflow
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/partnerflow.jar"]
