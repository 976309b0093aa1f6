package dev.reconciler.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.CountRange;
import dev.reconciler.extract.text.TextPipeline;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in digits and words, vague quantities, ranges and hedges. */
class QuantityReaderTest {

  static final TextPipeline PIPELINE = TextPipeline.shared();
  static final QuantityReader READER = new QuantityReader(new Vocabulary(PIPELINE));

  static Quantity read(String text) {
    List<Token> tokens = PIPELINE.paragraphs(text, null).get(0).sentences().get(0).tokens();
    return READER.readAt(tokens, 0);
  }

  @ParameterizedTest(name = "{0} is {1}..{2} approximate={3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "14 people; 14; 14; false",
        "fourteen people; 14; 14; false",
        "Twenty-one people; 21; 21; false",
        "one hundred and one people; 101; 101; false",
        "1,200 people; 1200; 1200; false",
        "at least four people; 4; ; false",
        "atleast one officer; 1; ; false",
        "more than seven people; 8; ; false",
        "over 100 people; 101; ; false",
        "five or six militants; 5; 6; false",
        "between 5 and 8 people; 5; 8; false",
        "about six people; 6; 6; true",
        "Aprox Six fidayens; 6; 6; true",
        "half a dozen grenades; 6; 6; true",
        "a dozen people; 12; 12; false",
        "dozens of people; 24; ; true",
        "tens of people; 20; ; true",
        "hundreds of people; 200; ; true",
        "scores of people; 40; ; true",
        "fewer than ten people; 0; 9; false",
        "20 plus casualties; 20; ; false",
        "no one was hurt; 0; 0; false"
      })
  void readsCounts(String text, int min, Integer max, boolean approximate) {
    Quantity q = read(text);
    assertThat(q).as(text).isNotNull();
    assertThat(q.range()).isEqualTo(new CountRange(min, max));
    assertThat(q.approximate()).isEqualTo(approximate);
  }

  @Test
  void aClockTimeIsNotACount() {
    assertThat(read("7:10 p.m. local time")).isNull();
  }

  @Test
  void wordsThatAreNotNumbersAreNotCounts() {
    assertThat(read("several militants")).isNull();
    assertThat(read("many people")).isNull();
  }

  @Test
  void aChangeFromOneFigureToAnotherIsNotARange() {
    List<Token> t =
        PIPELINE.paragraphs("The toll rose from 5 to 12.", null).get(0).sentences().get(0).tokens();
    assertThat(READER.readAt(t, 4).range()).isEqualTo(CountRange.exactly(5));
    assertThat(READER.readAt(t, 6).range()).isEqualTo(CountRange.exactly(12));
  }

  @Test
  void moreThanKeepsTheStatedFigure() {
    assertThat(read("more than three hours").stated()).isEqualTo(3);
  }
}
