package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reconciler.json.ClaimJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the claims JSON a client posts to {@code POST /api/incidents/{id}/claims} ({@link
 * ClaimsRequest}, every claim through {@link ClaimJson#fromJson}, which the {@code reconcile}
 * command and the scenarios read claims with too): either claims or a bad-input refusal ({@link
 * FuzzContract}). A claim read is written back and read again to the same claim. Seeds and
 * findings: {@code src/test/resources/dev/reconciler/api/ClaimsBodyFuzzTestInputs/claimsBody/}.
 */
class ClaimsBodyFuzzTest {

  static {
    try {
      check(Files.readAllBytes(Path.of("src/test/resources/seeds.claims.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void claimsBody(byte[] body) {
    FuzzContract.within(body, () -> check(body));
  }

  private static void check(byte[] body) {
    ClaimsRequest request = FuzzContract.valueOrRefusal(() -> ClaimsRequest.fromBody(body));
    if (request == null) {
      return;
    }
    assertThat(request.claims()).isNotEmpty();
    for (var claim : request.claims()) {
      assertThat(ClaimJson.fromJson(ClaimJson.toJson(claim), "again")).isEqualTo(claim);
    }
  }
}
