// Writes the modules, commits them as main (legacy's MD5 use included: a bug main already has), then the branch:
// a clean change in ledger, and one planted bug per gate, each in a new file of its own otherwise clean module.
// .mvn/jvm.config (as lifeos:init writes it) lets javac run Error Prone in Maven's JVM.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)

def module = { String name, List<String> dependsOn -> repo.module('pr-changed-code-gates-catch-planted-bugs', name, dependsOn) }
def tested = { String name, String cls, String body, String test ->
  repo.write("${name}/src/main/java/it/lifeos/${name}/${cls}.java", "package it.lifeos.${name};\n\n${body}")
  if (test != null) {
    repo.write("${name}/src/test/java/it/lifeos/${name}/${cls}Test.java", """package it.lifeos.${name};

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ${cls}Test {
  @Test
  void works() throws Exception {
    ${test}
  }
}
""")
  }
}
def md5 = { String name, String cls ->
  tested(name, cls, """import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hashes with MD5: FindSecBugs reports WEAK_MESSAGE_DIGEST_MD5 (High). */
public final class ${cls} {
  private ${cls}() {}

  public static byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("MD5").digest(data);
  }
}
""", "assertEquals(16, ${cls}.fingerprint(new byte[] {1}).length);")
}

module('core', [])
module('ledger', ['core'])
module('reports', ['ledger'])
['lint', 'typecheck', 'security', 'coverage', 'legacy'].each { module(it, []); repo.greeter(it) }
['core', 'ledger', 'reports'].each { repo.greeter(it) }
md5('legacy', 'Digest')
// the lines lifeos:init writes (InProcessJavac.JVM_CONFIG)
repo.write('.mvn/jvm.config', (['api', 'file', 'main', 'model', 'parser', 'processing', 'tree', 'util']
    .collect { "--add-exports=jdk.compiler/com.sun.tools.javac.${it}=ALL-UNNAMED" }
    + ['code', 'comp'].collect { "--add-opens=jdk.compiler/com.sun.tools.javac.${it}=ALL-UNNAMED" }).join('\n') + '\n')
repo.baseOnMainThenFeature()

// the branch: a clean change in ledger (core is upstream, reports downstream) ...
tested('ledger', 'Count', '''/** Counts. */
public final class Count {
  public int twice(int n) {
    return n * 2;
  }
}
''', 'assertEquals(4, new Count().twice(2));')
// ... and one bug per gate
tested('lint', 'Ugly', '''/** Not formatted. */
public final class Ugly {
  public int   twice( int n ){ return n*2; }
}
''', 'assertEquals(4, new Ugly().twice(2));')
tested('typecheck', 'Validator', '''/** Error Prone: DeadException (an error). */
public final class Validator {
  public int check(int value) {
    if (value < 0) {
      new IllegalArgumentException("negative: " + value);
    }
    return value;
  }
}
''', 'assertEquals(1, new Validator().check(1));')
md5('security', 'Tokens')
tested('coverage', 'Untested', '''/** No test runs this. */
public final class Untested {
  public int twice(int n) {
    return n * 2;
  }
}
''', null)
repo.commitAll('feature')
true
