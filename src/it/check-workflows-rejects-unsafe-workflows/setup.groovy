// The service is its own git repository with a GitHub remote (else lifeos:init would find the repository
// this IT runs in), as a freshly cloned service would be.
def git = { String... args ->
  def process = (['git', '-C', basedir.absolutePath] + args.toList()).execute()
  process.waitFor()
  assert process.exitValue() == 0 : "git ${args.join(' ')}: ${process.err.text}"
}
git('init', '-q')
git('remote', 'add', 'origin', 'git@github.com:Acme/Ledger.git')
true
