// A git repository of its own: image-tags reads the commit.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.git 'init', '-q', '-b', 'main'
repo.commitAll 'ledger'
true
