package dev.reconciler.json;

/** A JSON document that does not have the shape the reconciler reads; the message says where. */
public class JsonFormatException extends IllegalArgumentException {

  public JsonFormatException(String message) {
    super(message);
  }
}
