/** MicroProfile Health probes: one class per probe. */
package dev.reconciler.health;
