package dev.reconciler.store;

import java.time.Instant;

/** A stored resolution as its JSON text is served: exactly the text that was written. */
public record StoredResolution(long id, long incidentId, Instant createdAt, String json) {}
