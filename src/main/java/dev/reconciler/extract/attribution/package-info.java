/**
 * Who a sentence's claims come from: the speaker, the role, and the speakers met earlier in a
 * report.
 */
package dev.reconciler.extract.attribution;
