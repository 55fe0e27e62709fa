// Branch "feature" adds Greeter.shout(), left untested, on top of "main".
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir).baseOnMainThenFeature()
repo.write 'src/main/java/it/lifeos/Greeter.java', '''package it.lifeos;

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
repo.commitAll 'shout, untested'
true
