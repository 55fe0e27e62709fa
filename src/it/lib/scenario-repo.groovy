// Shared by setup scripts (load it with evaluate(new File(itSources, 'lib/scenario-repo.groovy'))): a real git
// repository in the scenario's directory, the way a pull request looks to CI.
class ScenarioRepo {
  final File dir

  ScenarioRepo(File dir) {
    this.dir = dir
  }

  void git(String... args) {
    def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com'] + args.toList())
        .execute(null, dir)
    process.waitForProcessOutput(System.out, System.err)
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
  }

  /** Commits the scenario as it is on "main" (also as origin/main), then checks out branch "feature". */
  ScenarioRepo baseOnMainThenFeature() {
    git 'init', '-q', '-b', 'main'
    new File(dir, '.gitignore').text = 'target/\nbuild.log\n'
    commitAll 'base'
    git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
    git 'checkout', '-q', '-b', 'feature'
    this
  }

  void write(String path, String text) {
    def file = new File(dir, path)
    file.parentFile.mkdirs()
    file.text = text
  }

  void commitAll(String message) {
    git 'add', '-A'
    git 'commit', '-q', '-m', message
  }
}
return ScenarioRepo
