package dev.reconciler.app.reports;

import java.time.LocalDate;

/**
 * A report as a client sends it. Publisher, url and date are optional and win over what the text
 * says; {@code incidentId} names the incident it belongs to, or is null to let place and date
 * decide.
 */
public record Submission(
    String text, String publisher, String url, LocalDate publishedOn, Long incidentId) {}
