// A git repository of its own whose HEAD carries the annotated tag v2.0.0 and an older commit tagged v1.9.0.
def git = { String... args ->
  def pb = new ProcessBuilder(['git'] + args.toList()).directory(basedir).redirectErrorStream(true)
  pb.environment().putAll(['GIT_AUTHOR_NAME': 'IT', 'GIT_AUTHOR_EMAIL': 'it@example.com',
                           'GIT_COMMITTER_NAME': 'IT', 'GIT_COMMITTER_EMAIL': 'it@example.com'])
  def process = pb.start()
  def output = process.inputStream.text
  assert process.waitFor() == 0 : "git ${args.join(' ')} failed: $output"
}
git 'init', '-q', '-b', 'main'
git 'add', 'pom.xml'
git 'commit', '-q', '--no-gpg-sign', '-m', 'first'
git 'tag', 'v1.9.0'
git 'add', '-A'
git 'commit', '-q', '--no-gpg-sign', '-m', 'release 2.0.0'
git 'tag', '-a', '-m', 'Release 2.0.0', 'v2.0.0'
true
