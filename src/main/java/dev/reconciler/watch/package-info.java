/** Noticing that editors changed the rule files on disk, once the files have settled. */
package dev.reconciler.watch;
