# Slant for a server: the production jar on a JRE, talking to the PostgreSQL of docker-compose.yml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY seeds seeds
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/slant-*.jar /slant.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /var/lib/slant slant
USER slant
WORKDIR /var/lib/slant
COPY --from=build /slant.jar /opt/slant/slant.jar
ENV SLANT_DATA_DIR=/var/lib/slant/data \
    SERVER_PORT=8080
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/slant/slant.jar"]
