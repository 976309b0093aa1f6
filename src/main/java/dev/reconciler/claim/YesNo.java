package dev.reconciler.claim;

/** A yes/no value, such as whether hostages were taken. */
public record YesNo(boolean value) implements ClaimValue {

  @Override
  public boolean agreesWith(ClaimValue other) {
    return other instanceof YesNo o && o.value == value;
  }

  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return false;
  }

  @Override
  public String display() {
    return value ? "yes" : "no";
  }
}
