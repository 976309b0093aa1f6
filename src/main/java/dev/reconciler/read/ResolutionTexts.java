package dev.reconciler.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The stored text of recently served resolutions, kept in memory: a stored resolution is never
 * updated, so its text can be kept without ever being invalidated. The incident document is the
 * API's most frequent answer and its resolution 20 to 60 KB of JSON: served from here, a read costs
 * one small query ({@link IncidentReads#state}) instead of PostgreSQL turning the {@code jsonb}
 * into text and the driver decoding it on every request, which also left each read 300 KB of
 * garbage. Keyed by the resolution's id and creation time, so that an id reused by a recreated
 * database can never find an older text. Bounded by size (Caffeine's weighted least-frequently-used
 * eviction).
 */
@ApplicationScoped
public class ResolutionTexts {

  /** About 1,000 documents of 60 KB; the texts are ASCII JSON, one byte per character. */
  static final long MAX_CHARACTERS = 64L * 1024 * 1024;

  private record Key(long resolutionId, Instant createdAt) {}

  private final Cache<Key, String> texts =
      Caffeine.newBuilder()
          .maximumWeight(MAX_CHARACTERS)
          .<Key, String>weigher((key, text) -> text.length())
          .build();

  /** The text of the resolution {@code id} made at {@code createdAt}, from {@code stored} once. */
  public String of(long id, Instant createdAt, Supplier<String> stored) {
    return texts.get(new Key(id, createdAt), key -> stored.get());
  }
}
