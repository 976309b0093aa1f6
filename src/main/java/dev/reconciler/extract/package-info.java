/** Extraction: from a report's text to attributed claims (who said what, when, how sure). */
package dev.reconciler.extract;
