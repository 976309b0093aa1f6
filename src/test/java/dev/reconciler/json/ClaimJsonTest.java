package dev.reconciler.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.Evidence;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.claim.YesNo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {

  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void everyKindOfValueRoundTrips() {
    List<Object[]> values =
        List.of(
            new Object[] {Attribute.VICTIMS_KILLED, CountRange.exactly(4)},
            new Object[] {Attribute.INJURED, CountRange.atLeast(11)},
            new Object[] {Attribute.ATTACKERS_COUNT, new CountRange(5, 6)},
            new Object[] {Attribute.PERPETRATOR, new TextValue("Some Front")},
            new Object[] {Attribute.PERPETRATOR, TextValue.denialBy("Some Front")},
            new Object[] {Attribute.START_TIME, StartTime.parse("2023-02-17T19:10+05:00")},
            new Object[] {Attribute.DURATION, DurationRange.exactly(Duration.ofHours(3))},
            new Object[] {Attribute.DURATION, new DurationRange(Duration.ofHours(2), null)},
            new Object[] {Attribute.HOSTAGES_TAKEN, new YesNo(true)});
    for (Object[] v : values) {
      Attribute a = (Attribute) v[0];
      ClaimValue value = (ClaimValue) v[1];
      assertThat(ClaimJson.valueFromJson(a, ClaimJson.valueToJson(value), "value"))
          .isEqualTo(value);
    }
  }

  @Test
  void aDenialIsWrittenAsTheGroupThatDenies() throws Exception {
    assertThat(ClaimJson.valueToJson(TextValue.denialBy("TTP")))
        .isEqualTo(json("{\"denied\": \"TTP\"}"));
    assertThat(ClaimJson.valueFromJson(Attribute.PERPETRATOR, json("{\"denied\": \"TTP\"}"), "v"))
        .isEqualTo(TextValue.denialBy("TTP"));
    assertThat(ClaimJson.valueToJson(new TextValue("TTP"))).isEqualTo(json("\"TTP\""));
  }

  @Test
  void aMalformedDenialNamesTheField() throws Exception {
    for (String bad :
        new String[] {
          "{\"denied\": 3}", "{\"group\": \"TTP\"}", "{\"denied\": \"TTP\", \"by\": \"x\"}"
        }) {
      assertThatThrownBy(
              () -> ClaimJson.valueFromJson(Attribute.PERPETRATOR, json(bad), "claims[2].value"))
          .isInstanceOf(JsonFormatException.class)
          .hasMessageStartingWith("claims[2].value: a denial is");
    }
    assertThatThrownBy(
            () ->
                ClaimJson.valueFromJson(
                    Attribute.PERPETRATOR, json("{\"denied\": \" \"}"), "claims[2].value"))
        .hasMessage("claims[2].value: a denial needs the group that denies");
  }

  @Test
  void anUnknownFieldIsNamedNotIgnored() throws Exception {
    // what YAML makes of "value: Hotel, Kabul" unquoted: a field "Kabul" of its own
    JsonNode n =
        json(
            "{\"report\": \"r\", \"attribute\": \"location\", \"value\": \"Hotel\", \"Kabul\":"
                + " null, \"role\": \"reporter\"}");
    assertThatThrownBy(() -> ClaimJson.fromJson(n, "claims[0]"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("claims[0]: unknown field 'Kabul'");
  }

  @Test
  void aDenialOfAPlaceIsRefused() throws Exception {
    JsonNode n =
        json(
            "{\"report\": \"r\", \"attribute\": \"location\", \"value\": {\"denied\": \"Kabul\"},"
                + " \"role\": \"reporter\"}");
    assertThatThrownBy(() -> ClaimJson.fromJson(n, "claims[0]"))
        .hasMessageStartingWith("claims[0]: only a perpetrator claim can be a denial");
  }

  @Test
  void claimsRoundTripWithHeadlineRevisionDenialAndStatementTime() {
    List<Claim> claims =
        List.of(
            new Claim(
                "a",
                "r1",
                Attribute.VICTIMS_KILLED,
                CountRange.exactly(137),
                false,
                "Health ministry",
                Role.OFFICIAL,
                Phase.CONCLUDED,
                Scope.THIS,
                new Evidence("r1", "The toll was revised down to 137.", 10, 43),
                false,
                true),
            new Claim(
                "b",
                "r1",
                Attribute.VICTIMS_KILLED,
                CountRange.atLeast(140),
                true,
                null,
                Role.REPORTER,
                Phase.ONGOING,
                Scope.THIS,
                null,
                true,
                false),
            new Claim(
                "c",
                "r2",
                Attribute.PERPETRATOR,
                TextValue.denialBy("Some Front"),
                false,
                "a spokesman",
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null),
            new Claim(
                "d",
                "r3",
                Attribute.INJURED,
                CountRange.exactly(40),
                false,
                "Police",
                Role.OFFICIAL,
                Phase.ONGOING,
                Scope.THIS,
                null,
                false,
                false,
                StartTime.parse("Sunday 10:00")));
    for (Claim c : claims) {
      JsonNode n = ClaimJson.toJson(c);
      assertThat(n.path("headline").isBoolean()).isTrue();
      assertThat(n.path("revision").isBoolean()).isTrue();
      assertThat(ClaimJson.fromJson(n, "claims[0]")).isEqualTo(c);
    }
  }

  @Test
  void headlineAndRevisionAreFalseWhenAbsent() throws Exception {
    Claim c =
        ClaimJson.fromJson(
            json(
                "{\"id\": \"x\", \"report\": \"r\", \"attribute\": \"injured\", \"value\": 3,"
                    + " \"role\": \"reporter\"}"),
            "claims[0]");
    assertThat(c.headline()).isFalse();
    assertThat(c.revision()).isFalse();
  }

  @Test
  void aHeadlineOrRevisionThatIsNotABooleanNamesTheField() throws Exception {
    for (String field : new String[] {"headline", "revision"}) {
      JsonNode n =
          json(
              "{\"report\": \"r\", \"attribute\": \"injured\", \"value\": 3, \"role\":"
                  + " \"reporter\", \""
                  + field
                  + "\": \"yes\"}");
      assertThatThrownBy(() -> ClaimJson.fromJson(n, "claims[4]"))
          .isInstanceOf(JsonFormatException.class)
          .hasMessage("claims[4]." + field + ": expected true or false");
    }
  }

  @Test
  void aMissingOrMistypedTextFieldNamesTheFieldAndTheClaim() throws Exception {
    assertThatThrownBy(
            () ->
                ClaimJson.fromJson(
                    json("{\"attribute\": \"injured\", \"value\": 3, \"role\": \"reporter\"}"),
                    "claims[1]"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("claims[1]: the field 'report' is missing");
    assertThatThrownBy(
            () ->
                ClaimJson.fromJson(
                    json(
                        "{\"report\": 7, \"attribute\": \"injured\", \"value\": 3, \"role\":"
                            + " \"reporter\"}"),
                    "claims[1]"))
        .hasMessage("claims[1]: 'report' must be a string, not a number");
    assertThatThrownBy(
            () ->
                ClaimJson.fromJson(
                    json(
                        "{\"report\": \"r\", \"attribute\": [\"injured\"], \"value\": 3, \"role\":"
                            + " \"reporter\"}"),
                    "claims[1]"))
        .hasMessage("claims[1]: 'attribute' must be a string, not an array");
    assertThatThrownBy(
            () ->
                ClaimJson.fromJson(
                    json(
                        "{\"report\": \"r\", \"attribute\": \"injured\", \"value\": 3, \"role\": \""
                            + " \"}"),
                    "claims[1]"))
        .hasMessage("claims[1]: 'role' is empty");
  }
}
