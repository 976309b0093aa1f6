/** Configuration: every setting the service and the command line read, with its default. */
package dev.reconciler.config;
