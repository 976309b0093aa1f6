package dev.reconciler.extract;

import static dev.reconciler.claim.Attribute.INJURED;
import static dev.reconciler.claim.Attribute.PERPETRATOR;
import static dev.reconciler.claim.Attribute.VICTIMS_KILLED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said it: the forms of attribution news reports use, and carrying a speaker over. */
class AttributionTest {

  static Claim only(List<Claim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  static void said(Claim c, String speaker, Role role) {
    assertThat(c.speaker()).as(c.toString()).isEqualTo(speaker);
    assertThat(c.role()).as(c.toString()).isEqualTo(role);
  }

  @Test
  void aQuoteFollowedByTitleAndName() {
    said(
        only(
            SharedExtractor.claims(
                "“Four people were killed,” provincial police chief Omar Haddad said.",
                VICTIMS_KILLED)),
        "Omar Haddad",
        Role.OFFICIAL);
  }

  @Test
  void aClauseThatSetsTheSceneOfTheSpeakingIsTheReportersOwn() {
    // Corpus: dev/ankara-train-station-2015, 02-scoopwhoop.txt.
    said(
        only(
            SharedExtractor.claims(
                "Even though nobody has claimed responsibility, Turkish government officials said"
                    + " that the explosion was a terror attack carried out by suicide bombers.",
                PERPETRATOR)),
        null,
        Role.REPORTER);
    // Corpus: dev/manchester-arena-2017, 02-firstpost.txt: with no clause of its own for what
    // was said, the police chief says all of it.
    said(
        only(
            SharedExtractor.claims(
                "There were children among the 22 killed in the attack, while 59 people were"
                    + " injured, Greater Manchester Police chief Ian Hopkins said.",
                INJURED)),
        "Ian Hopkins",
        Role.OFFICIAL);
  }

  @Test
  void reportedSpeechWithTheNameFirst() {
    said(
        only(
            SharedExtractor.claims(
                "Health Minister Lina Sarkis said nine people were wounded.", INJURED)),
        "Lina Sarkis",
        Role.OFFICIAL);
  }

  @Test
  void anInvertedVerbWithAnApposition() {
    said(
        only(
            SharedExtractor.claims(
                "Six people were killed, said Pedro Alves, the mayor of the town.",
                VICTIMS_KILLED)),
        "Pedro Alves",
        Role.OFFICIAL);
  }

  @Test
  void anAppositionBetweenCommas() {
    said(
        only(
            SharedExtractor.claims(
                "Maria Lopez, a police spokeswoman, said 7 people were wounded.", INJURED)),
        "Maria Lopez",
        Role.OFFICIAL);
  }

  @Test
  void toldAnAgency() {
    said(
        only(
            SharedExtractor.claims(
                "Army spokesman Yusuf Bello told Reuters that 12 soldiers were killed.",
                VICTIMS_KILLED)),
        "Yusuf Bello",
        Role.OFFICIAL);
  }

  @Test
  void accordingTo() {
    said(
        only(
            SharedExtractor.claims(
                "Three civilians died, according to regional governor Amina Diallo.",
                VICTIMS_KILLED)),
        "Amina Diallo",
        Role.OFFICIAL);
  }

  @Test
  void unnamedOfficialsAreAnonymous() {
    said(
        only(
            SharedExtractor.claims(
                "Five people died in the blast, officials said.", VICTIMS_KILLED)),
        null,
        Role.ANONYMOUS_OFFICIAL);
    said(
        only(
            SharedExtractor.claims(
                "A police officer told AFP that 8 people were injured.", INJURED)),
        null,
        Role.ANONYMOUS_OFFICIAL);
  }

  @Test
  void mediaAndWitnessesAreReporters() {
    // media are one source however they are called, so they name themselves; residents do not
    said(
        only(
            SharedExtractor.claims(
                "Ten people were killed, the local media reported.", VICTIMS_KILLED)),
        "local media",
        Role.REPORTER);
    said(
        only(SharedExtractor.claims("Residents said 20 people were injured.", INJURED)),
        null,
        Role.REPORTER);
  }

  @Test
  void narrationIsTheReportersOwnVoice() {
    said(
        only(SharedExtractor.claims("Eleven people were killed in the attack.", VICTIMS_KILLED)),
        null,
        Role.REPORTER);
  }

  @Test
  void aPronounIsTheSpeakerNamedBefore() {
    String text =
        "Interior Minister Karim Nasser said the siege had ended.\n\n"
            + "“Six soldiers were killed,” he said.";
    said(only(SharedExtractor.claims(text, VICTIMS_KILLED)), "Karim Nasser", Role.OFFICIAL);
  }

  @Test
  void theTitleAloneIsTheSpeakerNamedBefore() {
    String text =
        "Police spokesman Ahmed Saleh said the gunmen had fled.\n\n"
            + "Four people were wounded, the spokesman said.";
    said(only(SharedExtractor.claims(text, INJURED)), "Ahmed Saleh", Role.OFFICIAL);
  }

  @Test
  void aSurnameAloneIsTheSpeakerNamedBefore() {
    String text =
        "Ruth Okello, a government adviser, said the attack was over.\n\n"
            + "Okello said 9 people were killed.";
    said(only(SharedExtractor.claims(text, VICTIMS_KILLED)), "Ruth Okello", Role.OFFICIAL);
  }

  @Test
  void aQuotationOverSeveralSentencesBelongsToItsSpeaker() {
    String text =
        "“The building is secure. Three attackers were killed,” commander Ivan Petrov said.";
    said(
        only(SharedExtractor.claims(text, dev.reconciler.claim.Attribute.ATTACKERS_KILLED)),
        "Ivan Petrov",
        Role.OFFICIAL);
  }

  @Test
  void aGroupsOwnVoiceIsTheClaimant() {
    String text =
        "The Northern Front said in a statement that its fighters had killed 15 soldiers.";
    assertThat(only(SharedExtractor.claims(text, VICTIMS_KILLED)).role()).isEqualTo(Role.CLAIMANT);
  }

  @Test
  void aClaimedGroupsNameMarksItsSpokesmanButNotOfficialsSharingAnAdjective() {
    String text =
        "The Somali Shabaab claimed responsibility for the attack.\n\n"
            + "Shabaab spokesman Ali Dheere said 30 soldiers were killed.\n\n"
            + "Somali police chief Abdi Hassan said 12 people were injured.";
    said(only(SharedExtractor.claims(text, VICTIMS_KILLED)), "Ali Dheere", Role.CLAIMANT);
    said(only(SharedExtractor.claims(text, INJURED)), "Abdi Hassan", Role.OFFICIAL);
  }
}
