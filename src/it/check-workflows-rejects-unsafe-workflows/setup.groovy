// The service is its own git repository with a GitHub remote (else lifeos:init would find the repository
// this IT runs in), as a freshly cloned service would be.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.git('init', '-q')
repo.git('remote', 'add', 'origin', 'git@github.com:Acme/Ledger.git')
true
