// The password was split from the host right (the passing runs logged in with it), the failing runs name the
// server without it, and no form of it is in any output or file.
try {
  def log = new File(basedir, 'build.log').text
  def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
  assert builds.size() == 4
  assert builds[0].contains('Applied V1 create accounts') && builds[0].contains('BUILD SUCCESS')
  assert builds[1].contains('BUILD SUCCESS')
  assert builds[2].contains('Could not connect to 127.0.0.1:1 (database ledger) as app: the connection was refused (nothing listens on that port, or a firewall rejects it).')
  assert builds[3] =~ /jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/nope as app: FATAL: database "nope" does not exist/
  (2..3).each { assert builds[it].contains('BUILD FAILURE') }

  def password = 'Sx9Kq/Lm4@Vb7Np#Wz2?Rt5:Hy8%zz'
  // every stretch between two of @ / # ? : % (or the ends) long enough to recognise
  def cuts = [-1] + (0..<password.length()).findAll { password[it] in ['@', '/', '#', '?', ':', '%'] } + [password.length()]
  def forms = [password, URLEncoder.encode(password, 'UTF-8')] as Set
  cuts.eachWithIndex { from, i -> cuts.drop(i + 1).each { to -> if (to - from - 1 >= 5) forms << password.substring(from + 1, to) } }
  assert forms.containsAll(['Sx9Kq', 'Vb7Np', 'Vb7Np#Wz2?Rt5', 'Lm4@Vb7Np#Wz2?Rt5:Hy8%zz'])
  def files = [new File(basedir, 'build.log'), new File(basedir, 'step-summary.md')]
  new File(basedir, 'target/lifeos').eachFileRecurse(groovy.io.FileType.FILES) { files << it }
  files.each { file ->
    forms.each { form ->
      assert !file.text.contains(form) : "'${form}' is in ${file}:\n" + file.readLines().findAll { it.contains(form) }.join('\n')
    }
  }
} finally {
  evaluate(new File(itSources, 'lib/postgres.groovy')).stop(basedir)
}
true
