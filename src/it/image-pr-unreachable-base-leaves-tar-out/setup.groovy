// A git repository of its own: image-tags reads the commit.
def git = { String... args ->
  def pb = new ProcessBuilder(['git'] + args.toList()).directory(basedir).redirectErrorStream(true)
  pb.environment().putAll(['GIT_AUTHOR_NAME': 'IT', 'GIT_AUTHOR_EMAIL': 'it@example.com',
                           'GIT_COMMITTER_NAME': 'IT', 'GIT_COMMITTER_EMAIL': 'it@example.com'])
  def process = pb.start()
  def output = process.inputStream.text
  assert process.waitFor() == 0 : "git ${args.join(' ')} failed: $output"
}
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-q', '--no-gpg-sign', '-m', 'ledger'
true
