evaluate(new File(itSources, 'lib/boot-service.groovy')).copyInto(itSources, basedir)
true
