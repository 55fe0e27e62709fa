// Branch "feature" adds Greeter.shout() (the setup of diff-coverage-untested-lines-fail), then its test.
evaluate(new File(itSources, 'diff-coverage-untested-lines-fail/setup.groovy'))
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.write 'src/test/java/it/lifeos/ShoutTest.java', '''package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShoutTest {
  @Test
  void shouts() {
    assertEquals("HELLO, ADA!", new Greeter().shout("Ada"));
  }
}
'''
repo.commitAll 'shout, tested'
true
