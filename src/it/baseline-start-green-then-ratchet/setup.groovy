// The service as its team has it: committed on main (origin/main), a feature branch checked out.
evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir).baseOnMainThenFeature()
true
