/** The command line: one entry point ({@code ./reconciler}) with a subcommand per task. */
package dev.reconciler.cli;
