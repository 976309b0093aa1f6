package dev.reconciler.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextValueTest {

  private static final TextValue TTP = new TextValue("TTP");
  private static final TextValue ISIS = new TextValue("Islamic State");
  private static final TextValue UNCLAIMED = new TextValue(TextValue.UNCLAIMED);
  private static final TextValue TTP_DENIES = TextValue.denialBy("TTP");
  private static final TextValue ISIS_DENIES = TextValue.denialBy("Islamic State");

  @Test
  void affirmativeValuesAgreeOnlyWhenTheTextIsTheSame() {
    assertThat(TTP.agreesWith(new TextValue("  ttp "))).isTrue();
    assertThat(TTP.agreesWith(ISIS)).isFalse();
    assertThat(TTP.agreesWith(UNCLAIMED)).isFalse();
    assertThat(TTP.denied()).isFalse();
  }

  @Test
  void aDenialDisagreesOnlyWithAClaimNamingTheGroupThatDenies() {
    assertThat(TTP_DENIES.agreesWith(TTP)).isFalse();
    assertThat(TTP.agreesWith(TTP_DENIES)).isFalse();
    assertThat(TTP_DENIES.agreesWith(new TextValue("ttp"))).isFalse();
  }

  @Test
  void aDenialAgreesWithAnotherGroupUnclaimedAndOtherDenials() {
    assertThat(TTP_DENIES.agreesWith(ISIS)).isTrue();
    assertThat(ISIS.agreesWith(TTP_DENIES)).isTrue();
    assertThat(TTP_DENIES.agreesWith(UNCLAIMED)).isTrue();
    assertThat(UNCLAIMED.agreesWith(TTP_DENIES)).isTrue();
    assertThat(TTP_DENIES.agreesWith(ISIS_DENIES)).isTrue();
    assertThat(TTP_DENIES.agreesWith(TextValue.denialBy("TTP"))).isTrue();
  }

  @Test
  void aDenialIsNotUnclaimed() {
    assertThat(TTP_DENIES).isNotEqualTo(UNCLAIMED).isNotEqualTo(TTP);
    assertThat(TTP_DENIES.isUnclaimed()).isFalse();
    assertThat(UNCLAIMED.isUnclaimed()).isTrue();
  }

  @Test
  void aGroupNamedAffirmativelyIsMoreSpecificThanADenial() {
    assertThat(ISIS.isMoreSpecificThan(TTP_DENIES)).isTrue();
    assertThat(TTP_DENIES.isMoreSpecificThan(ISIS)).isFalse();
    assertThat(UNCLAIMED.isMoreSpecificThan(TTP_DENIES)).isTrue();
    // They disagree, so neither is a more specific form of the other.
    assertThat(TTP.isMoreSpecificThan(TTP_DENIES)).isFalse();
    assertThat(TTP_DENIES.isMoreSpecificThan(ISIS_DENIES)).isFalse();
    assertThat(TTP.isMoreSpecificThan(new TextValue("TTP"))).isFalse();
  }

  @Test
  void renamingKeepsTheDenial() {
    assertThat(TTP_DENIES.renamed("Tehreek-e-Taliban Pakistan"))
        .isEqualTo(TextValue.denialBy("Tehreek-e-Taliban Pakistan"));
    assertThat(TTP.renamed("Tehreek-e-Taliban Pakistan").denied()).isFalse();
  }

  @Test
  void anEditorReadsADenialAtOnce() {
    assertThat(TTP_DENIES.display()).isEqualTo("denied by TTP");
    assertThat(TTP.display()).isEqualTo("TTP");
  }

  @Test
  void aDenialNeedsTheGroup() {
    assertThatThrownBy(() -> TextValue.denialBy(" ")).hasMessageContaining("the group that denies");
  }

  @Test
  void onlyAPerpetratorClaimCanBeADenial() {
    assertThatThrownBy(
            () ->
                new Claim(
                    "c",
                    "r",
                    Attribute.LOCATION,
                    TTP_DENIES,
                    false,
                    null,
                    Role.REPORTER,
                    Phase.ONGOING,
                    Scope.THIS,
                    null))
        .hasMessageContaining("only a perpetrator claim can be a denial");
  }

  @Test
  void theTenArgumentClaimIsABodyClaimThatRevisesNothing() {
    Claim c =
        new Claim(
            "c",
            "r",
            Attribute.PERPETRATOR,
            TTP_DENIES,
            false,
            "TTP spokesman",
            Role.CLAIMANT,
            Phase.ONGOING,
            Scope.THIS,
            null);
    assertThat(c.headline()).isFalse();
    assertThat(c.revision()).isFalse();
  }
}
