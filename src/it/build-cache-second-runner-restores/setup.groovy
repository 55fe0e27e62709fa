// Two modules with a class and its test each, committed to main: the commit both runners build.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
['core': [], 'app': ['core']].each { name, deps ->
  repo.module('build-cache-second-runner-restores', name, deps)
  repo.greeter(name)
}
repo.baseOnMainThenFeature()
true
