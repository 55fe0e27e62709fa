// origin/main holds the project; the branch changes Greeter.java only, nothing under ml/ or ml_assets/.
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
def greeter = new File(basedir, 'src/main/java/it/lifeos/Greeter.java')
greeter.text = greeter.text.replace('A class with full test coverage', 'A fully tested class')
git 'commit', '-q', '-am', 'not ml'
true
