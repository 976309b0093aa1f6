package dev.reconciler.app.reports;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.TreeSet;

/** Transaction-scoped PostgreSQL advisory locks on text keys, released at commit or rollback. */
final class Locks {

  private Locks() {}

  /**
   * Waits for every key's lock, in sorted order so that two transactions locking overlapping key
   * sets cannot deadlock on each other.
   */
  static void lock(EntityManager em, Collection<String> keys) {
    for (String key : new TreeSet<>(keys)) {
      em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(:key, 0)) as text)")
          .setParameter("key", key)
          .getSingleResult();
    }
  }
}
