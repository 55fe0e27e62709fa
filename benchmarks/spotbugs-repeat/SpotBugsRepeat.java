import java.util.Arrays;

/**
 * Runs SpotBugs' command line (edu.umd.cs.findbugs.FindBugs2, the class spotbugs-maven-plugin and
 * lifeos:security-analyze fork) several times in one JVM and prints how long each run took: the
 * first pays for starting, loading the detectors and the JIT; the others show what one more module
 * would cost a SpotBugs that stays up for the whole build. Launched as a single-file program by
 * benchmarks/spotbugs-warm.sh, with SpotBugs on the class path.
 *
 * <p>Usage: java -cp SPOTBUGS_CLASSPATH SpotBugsRepeat.java RUNS SPOTBUGS_ARGUMENTS...
 */
public class SpotBugsRepeat {
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    String[] spotbugs = Arrays.copyOfRange(args, 1, args.length);
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      Class.forName("edu.umd.cs.findbugs.FindBugs2")
          .getMethod("main", String[].class)
          .invoke(null, (Object) spotbugs.clone());
      System.out.println("run " + run + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
  }
}
