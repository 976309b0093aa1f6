package dev.reconciler.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API's root: every resource lives under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Reconciler API",
            version = "0.1",
            description =
                "Reconciled incidents from conflicting news reports, with every decision explained."))
public class ReconcilerApplication extends Application {}
