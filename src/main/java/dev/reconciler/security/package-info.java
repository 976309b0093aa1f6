/**
 * Who may do what: editors' accounts (hashed passwords from configuration), HTTP Basic through
 * Jakarta Security for the rule-set endpoints, and the optional API key for everything else.
 */
package dev.reconciler.security;
