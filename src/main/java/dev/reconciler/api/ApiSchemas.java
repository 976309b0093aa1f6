package dev.reconciler.api;

/**
 * Names of the shared parts of the OpenAPI document, declared once on {@link ReconcilerApplication}
 * and referred to from the resources.
 */
final class ApiSchemas {

  static final String PROBLEM = "Problem";
  static final String RULE_FILES = "RuleFiles";
  static final String VALIDATION = "Validation";
  static final String REPORT = "ReportSubmission";
  static final String OBJECT = "JsonObject";

  static final String BASIC = "editor";
  static final String API_KEY = "apiKey";

  static final String BAD_REQUEST = "BadRequest";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "Forbidden";
  static final String NOT_FOUND = "NotFound";
  static final String NO_SUCH_VERSION = "NoSuchRuleSetVersion";
  static final String NOT_ACCEPTABLE = "NotAcceptable";
  static final String CONFLICT = "Conflict";
  static final String PRECONDITION_FAILED = "PreconditionFailed";
  static final String TOO_LARGE = "PayloadTooLarge";
  static final String UNSUPPORTED = "UnsupportedMediaType";
  static final String SERVER_ERROR = "ServerError";
  static final String EXTRACTOR_UNAVAILABLE = "ExtractorUnavailable";

  private ApiSchemas() {}
}
