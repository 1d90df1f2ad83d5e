# Slant for a server: the production jar on a JRE, talking to the PostgreSQL of docker-compose.yml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY seeds seeds
COPY frontend frontend
COPY src src
# extracted (the jar and its lib/ folder): the JDK's AOT cache needs plain jars on the class path
RUN ./mvnw -B -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/slant-*.jar extract --destination /slant \
 && mv /slant/slant-*.jar /slant/slant.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /var/lib/slant slant
COPY --from=build /slant /opt/slant
RUN mkdir /opt/slant/cache && chown slant /opt/slant/cache
USER slant
WORKDIR /var/lib/slant
# A training run writes the AOT cache of the classes a start loads (a start from it takes about a third of the
# time, docs/benchmarks.md): Slant starts on a throw-away embedded database, answers its login page once and stops.
RUN SLANT_TRAINING_RUN=true SLANT_DATA_DIR=/tmp/slant-training SERVER_PORT=0 java -XX:MaxRAMPercentage=75 \
      -XX:AOTCacheOutput=/opt/slant/cache/slant.aot -jar /opt/slant/slant.jar \
 && rm -rf /tmp/slant-training
ENV SLANT_DATA_DIR=/var/lib/slant/data \
    SERVER_PORT=8080
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/opt/slant/cache/slant.aot", "-jar", "/opt/slant/slant.jar"]
