// A git repository whose branch "feature" adds Greeter.shout(), left untested, on top of "main".
def git = { String... args ->
  def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com'] + args.toList())
      .execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git 'init', '-q', '-b', 'main'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'base'
git 'checkout', '-q', '-b', 'feature'
new File(basedir, 'src/main/java/it/lifeos/Greeter.java').text = '''package it.lifeos;

/** A class with full test coverage, so only what a scenario adds can fail a gate. */
public final class Greeter {
  public String greet(String name) {
    return "Hello, " + name;
  }

  public String shout(String name) {
    String greeting = greet(name);
    return greeting.toUpperCase(java.util.Locale.ROOT) + "!";
  }
}
'''
git 'commit', '-q', '-am', 'shout, untested'
true
