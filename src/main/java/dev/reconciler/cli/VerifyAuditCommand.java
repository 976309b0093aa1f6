package dev.reconciler.cli;

import dev.reconciler.config.Settings;
import dev.reconciler.launch.ConfiguredDatabase;
import dev.reconciler.launch.DatabaseCheck;
import dev.reconciler.store.AuditVerifier;
import dev.reconciler.store.AuditVerifier.Verification;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./reconciler verify-audit}: recomputes the audit trail's hash chain. */
@Command(
    name = "verify-audit",
    mixinStandardHelpOptions = true,
    description = {
      "Recomputes the audit trail's hash chain in the configured database and names the first",
      "event that does not match. Exit 0 when intact, 1 when broken."
    })
final class VerifyAuditCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      description = "data directory of the embedded database (default: ./data)")
  Path data;

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.fromEnvironment();
    if (data != null) {
      settings = settings.withDataDir(data);
    }
    try (ConfiguredDatabase db = ConfiguredDatabase.open(settings);
        Connection c = DatabaseCheck.dataSource(db.target()).getConnection()) {
      Verification v = AuditVerifier.verify(c);
      if (v.intact()) {
        System.out.println("audit trail intact: " + v.eventsChecked() + " events checked");
        return 0;
      }
      System.out.println(
          "audit trail broken at event "
              + v.firstBrokenId()
              + ": "
              + v.problem()
              + " ("
              + (v.eventsChecked() - 1)
              + " events before it are intact)");
      return 1;
    }
  }
}
