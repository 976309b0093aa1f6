/**
 * Launching the service: choosing or starting the database, migrating it, and running Payara Micro
 * with the application as a supervised child process.
 */
package dev.reconciler.launch;
