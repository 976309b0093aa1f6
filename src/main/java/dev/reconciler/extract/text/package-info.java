/**
 * The text pipeline: paragraphs, sentences and tagged tokens with their offsets in the report
 * (OpenNLP).
 */
package dev.reconciler.extract.text;
