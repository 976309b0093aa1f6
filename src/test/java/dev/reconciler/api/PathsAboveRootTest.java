package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathsAboveRootTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/..",
        "//..",
        "///..",
        "//../",
        "/../api/incidents",
        "/a/../..",
        "/a//../..",
        "/./..",
        "/%2e%2e",
        "/%2E%2e/api",
        "/.%2e",
        "/a%2f..%2f.."
      })
  void pathsThatClimbAboveTheRoot(String path) {
    assertThat(PathsAboveRoot.climbs(path)).as(path).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "",
        "/api/incidents/1",
        "/a/..",
        "/a/b/../..",
        "/a/./../b",
        "/...",
        "/x..",
        "/..x",
        "/..;x",
        "/%2e%2e%2e",
        "/a%2f.."
      })
  void pathsThatStayAtOrBelowIt(String path) {
    assertThat(PathsAboveRoot.climbs(path)).as(path).isFalse();
  }
}
