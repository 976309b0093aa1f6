/** Reports: the raw article texts claims are read from, with what is known of their source. */
package dev.reconciler.report;
