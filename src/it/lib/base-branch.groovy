// Shared by the setup scripts of the migration ITs that need git history:
//   evaluate(new File(basedir, '../../../src/it/lib/base-branch.groovy'))
// leaves a repository in basedir whose main branch has V1..V3 (published as origin/main, which
// GITHUB_BASE_REF=main names) and the closures git(args...) and migration(name, sql) in the binding.
git = { String... args ->
  def process = (['git', '-c', 'user.name=LifeOS IT', '-c', 'user.email=it@lifeos.dev', '-c', 'commit.gpgsign=false'] + args.toList()).execute(null, basedir)
  def output = new StringBuilder()
  process.consumeProcessOutput(output, output)
  assert process.waitFor() == 0 : "git ${args.join(' ')}: ${output}"
}
migration = { String name, String sql ->
  def file = new File(basedir, "src/main/resources/db/migration/${name}")
  file.parentFile.mkdirs()
  file.text = sql
}

// The base branch: main with V1..V3, published as origin/main (GITHUB_BASE_REF=main names it).
git 'init', '-q'
git 'symbolic-ref', 'HEAD', 'refs/heads/main'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
migration 'V1__create_accounts.sql', 'CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100));\n'
migration 'V2__create_transactions.sql', 'CREATE TABLE transactions (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL);\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'V1, V2'
migration 'V3__add_category.sql', 'ALTER TABLE transactions ADD COLUMN category VARCHAR(50);\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'V3'
git 'update-ref', 'refs/remotes/origin/main', 'refs/heads/main'
