/**
 * The application services inside Payara: thin CDI and EJB beans that give the use cases of
 * {@code dev.reconciler.ingest} their JTA transactions, the rule set in force and the extractor.
 * The API codes against {@link dev.reconciler.app.Newsroom} and {@link
 * dev.reconciler.app.RulesInForce}.
 */
package dev.reconciler.app;
