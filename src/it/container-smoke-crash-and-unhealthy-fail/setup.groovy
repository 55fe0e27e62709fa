evaluate(new File(itSources, 'lib/containers.groovy')).useBase(basedir)
true
