package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.reconciler.launch.ReconcilerService;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged application on Payara Micro, over HTTP, against a real PostgreSQL. */
@ExtendWith(RunningService.class)
class ServiceIT {

  private static ReconcilerService service;

  @BeforeAll
  static void service(ReconcilerService running) {
    service = running;
  }

  @Test
  void healthIsUpWithTheDatabaseCheck() {
    JsonPath health =
        given()
            .baseUri(service.baseUri().toString())
            .when()
            .get("/health")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .body("checks.name", hasItem("database"))
            .extract()
            .jsonPath();
    assertThat(health.getString("checks.find { it.name == 'database' }.status")).isEqualTo("UP");
  }

  @Test
  void schemaIsAtTheNewestMigrationShipped() throws Exception {
    String newest = Migrations.latestVersionOnDisk();
    given()
        .baseUri(service.baseUri().toString())
        .when()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'database' }.data.schemaVersion", equalTo(newest));
    try (Connection c =
            DriverManager.getConnection(
                service.database().url(),
                service.database().user(),
                service.database().password());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select version from flyway_schema_history where success"
                        + " order by installed_rank desc limit 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(newest);
    }
  }

  @Test
  void apiRootDescribesTheService() {
    given()
        .baseUri(service.baseUri().toString())
        .accept("application/json")
        .when()
        .get("/api")
        .then()
        .statusCode(200)
        .body("service", equalTo("reconciler"));
  }

  @Test
  void anUnknownApiPathIsAProblemDocument() {
    given()
        .baseUri(service.baseUri().toString())
        .when()
        .get("/api/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"))
        .body("type", equalTo("urn:reconciler:problem:not-found"))
        .body("instance", org.hamcrest.Matchers.startsWith("urn:uuid:"));
  }

  @Test
  void openApiDocumentIsServed() {
    given()
        .baseUri(service.baseUri().toString())
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api"));
  }
}
