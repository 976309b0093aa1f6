/**
 * The application services inside Payara: thin CDI and EJB beans that give the use cases of
 * {@code dev.reconciler.ingest} their JTA transactions, the rule set in force and the extractor
 * (loaded in the background after deployment, {@link dev.reconciler.app.ExtractorLoader}). The
 * API codes against {@link dev.reconciler.app.Newsroom} and {@link
 * dev.reconciler.app.RulesInForce}.
 */
package dev.reconciler.app;
