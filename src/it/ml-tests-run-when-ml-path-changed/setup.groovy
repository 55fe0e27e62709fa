// origin/main holds the project; the branch changes model code under src/main/java/it/lifeos/ml/.
def git = { String... args ->
  def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com'] + args.toList())
      .execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git 'init', '-q', '-b', 'main'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'base'
git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
git 'checkout', '-q', '-b', 'feature'
def scorer = new File(basedir, 'src/main/java/it/lifeos/ml/Scorer.java')
scorer.text = scorer.text.replace('? 0 : 1', '? 0 : 0.5')
git 'commit', '-q', '-am', 'tune the model'
true
