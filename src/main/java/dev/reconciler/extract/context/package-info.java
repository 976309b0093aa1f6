/**
 * What a sentence's claims are about and when: embedded posts, phase cues and other incidents
 * (scope).
 */
package dev.reconciler.extract.context;
