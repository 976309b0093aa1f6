package dev.reconciler.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an endpoint that changes or runs rules: an authenticated user in role editor only. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EditorsOnly {

  /** Whether a refused attempt on this endpoint is recorded in the audit trail (activations). */
  boolean audited() default false;
}
