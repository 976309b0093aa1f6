package dev.reconciler.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a rule set's DRL texts into a KieBase at run time (not from the classpath), and turns
 * compiler errors into {@link RuleSetException}s that name file, line and column.
 */
final class KieBaseBuilder {

  private static final String RESOURCES = "src/main/resources/";

  private KieBaseBuilder() {}

  static KieBase build(RuleSet ruleSet) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    // A release id per rule-set hash, so that two rule sets never replace each other in the repository.
    ReleaseId releaseId =
        ks.newReleaseId("dev.reconciler.rules", "ruleset", ruleSet.version() + "-" + ruleSet.hash().substring(0, 16));
    kfs.generateAndWritePomXML(releaseId);
    ruleSet.drlFiles().forEach((path, text) -> kfs.write(RESOURCES + path, text));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<String> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "" : m.getPath();
      if (path.startsWith(RESOURCES)) {
        path = path.substring(RESOURCES.length());
      }
      String file = path.isEmpty() ? ruleSet.label() : ruleSet.display(path);
      errors.add(RuleSetException.where(file, m.getLine(), m.getColumn()) + ": " + oneLine(m.getText()));
    }
    if (!errors.isEmpty()) {
      throw new RuleSetException(String.join("\n", errors));
    }
    KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
    checkAgendaGroups(ruleSet, kieBase);
    return kieBase;
  }

  /** Every rule must belong to one of the manifest's policies, or it would never fire in order. */
  private static void checkAgendaGroups(RuleSet ruleSet, KieBase kieBase) {
    Set<String> unknown = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r instanceof RuleImpl impl && !ruleSet.agenda().contains(groupOf(impl))) {
          unknown.add(
              ruleSet.display(impl.getResource() == null ? p.getName() : stripResources(impl.getResource().getSourcePath()))
                  + ": rule \"" + r.getName() + "\" is in agenda group '" + groupOf(impl)
                  + "', which is not in the manifest's agenda " + ruleSet.agenda());
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new RuleSetException(String.join("\n", unknown));
    }
  }

  /** The policy a rule belongs to: its ruleflow group, which DRL 10 treats as its agenda group. */
  private static String groupOf(RuleImpl rule) {
    String g = rule.getRuleFlowGroup();
    return g == null || g.isEmpty() ? rule.getAgendaGroup() : g;
  }

  private static String stripResources(String path) {
    if (path == null) {
      return "";
    }
    return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
