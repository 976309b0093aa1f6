package dev.reconciler.extract.facts;

import dev.reconciler.extract.text.Sentence;
import java.util.List;

/** Finds the values of one kind of attribute in a sentence. Implementations are stateless. */
public interface FactFinder {

  /**
   * The values in the sentence.
   *
   * @param report what is known of the whole report: its day, its city
   */
  List<Finding> find(Sentence sentence, ReportContext report);
}
