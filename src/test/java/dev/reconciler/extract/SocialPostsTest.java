package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.extract.context.SocialPosts;
import dev.reconciler.extract.text.TextPipeline;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posts embedded in articles keep the role social_media, whoever they relay. */
class SocialPostsTest {

  static final SocialPosts POSTS = new SocialPosts(new Vocabulary(TextPipeline.shared()));

  @Test
  void aSignedPostNamesItsAuthor() {
    SocialPosts.Post p =
        POSTS.of("Blast at the stadium, many hurt — Ana Ruiz 📢 (@anaruiz) March 3, 2025");
    assertThat(p).isNotNull();
    assertThat(p.author()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aPictureLinkMakesAPost() {
    assertThat(POSTS.of("Heavy firing near the port pic.twitter.com/AbCdEf12")).isNotNull();
  }

  @Test
  void articleTextIsNotAPost() {
    assertThat(POSTS.of("The minister said 12 people were killed in the attack on the port."))
        .isNull();
  }

  @Test
  void aPostRelayingAnOfficialStaysSocialMedia() {
    String text =
        " date 2025-03-03 x\n\n"
            + "The attack ended in the evening.\n\n"
            + "Police chief Sam Obi says at least 9 attackers stormed the stadium."
            + " pic.twitter.com/Xy12Ab — City Watch (@citywatch) March 3, 2025\n";
    List<Claim> claims = SharedExtractor.claims(text, Attribute.ATTACKERS_COUNT);
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.role()).isEqualTo(Role.SOCIAL_MEDIA);
    assertThat(c.speaker()).isEqualTo("City Watch");
    assertThat(c.value()).isEqualTo(CountRange.atLeast(9));
    assertThat(c.phase())
        .as("a post is a snapshot from while it was going on")
        .isEqualTo(Phase.ONGOING);
  }
}
