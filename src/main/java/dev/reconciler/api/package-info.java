/** The JAX-RS API under /api: thin resources that validate, convert and hand off. */
package dev.reconciler.api;
