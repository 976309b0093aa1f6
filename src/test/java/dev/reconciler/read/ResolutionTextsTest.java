package dev.reconciler.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResolutionTextsTest {

  private static final Instant MADE = Instant.parse("2026-12-02T08:00:00.123456Z");

  private final ResolutionTexts texts = new ResolutionTexts();
  private final AtomicInteger reads = new AtomicInteger();

  private String stored(String text) {
    reads.incrementAndGet();
    return text;
  }

  @Test
  void aResolutionsTextIsReadOnceAndThenServedFromMemory() {
    assertThat(texts.of(7, MADE, () -> stored("{\"a\":1}"))).isEqualTo("{\"a\":1}");
    assertThat(texts.of(7, MADE, () -> stored("{\"other\":2}"))).isEqualTo("{\"a\":1}");
    assertThat(reads).hasValue(1);
  }

  @Test
  void anotherResolutionOrTheSameIdMadeAtAnotherTimeIsReadFromTheDatabase() {
    texts.of(7, MADE, () -> stored("{\"a\":1}"));
    assertThat(texts.of(8, MADE, () -> stored("{\"b\":2}"))).isEqualTo("{\"b\":2}");
    // A recreated database can give an id again: its time tells the two apart.
    assertThat(texts.of(7, MADE.plusMillis(1), () -> stored("{\"c\":3}"))).isEqualTo("{\"c\":3}");
    assertThat(reads).hasValue(3);
  }
}
