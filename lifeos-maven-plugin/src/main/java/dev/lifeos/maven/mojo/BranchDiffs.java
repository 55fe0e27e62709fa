package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.BaseRef;
import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * How goals that look at "what this branch changed" find it: the base ref by the shared rules, then
 * the git work tree of the module. When either is missing the goal's branch check is skipped with
 * one info line saying why.
 */
final class BranchDiffs {
  private BranchDiffs() {}

  /**
   * @param check how the skip line names what is skipped ("diff-coverage")
   */
  static Optional<BranchDiff> open(
      Path basedir, String configuredRef, Map<String, String> environment, Log log, String check)
      throws GateFailure, IOException {
    Optional<String> ref = BaseRef.resolve(configuredRef, environment);
    if (ref.isEmpty()) {
      log.info(BaseRef.noneMessage(check));
      return Optional.empty();
    }
    Optional<BranchDiff> diff = BranchDiff.open(basedir, ref.get());
    if (diff.isEmpty()) {
      log.info("Not in a git work tree (" + basedir + "): " + check + " skipped.");
    }
    return diff;
  }
}
