// Real FIFO, /dev/zero symlink and symlink loop: refused with the file and the fix, no hang, no OOM, no trace.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 3
def fifo = 'V3__x.sql is a FIFO (named pipe): reading it would wait for a writer for ever, not a regular file: Flyway is not given it.'
def zero = 'V4__zero.sql is a character device: reading it may never end, not a regular file: Flyway is not given it.'
def loop = 'loop is a symlink to a directory (.): migration locations are read without following symlinks, so its files would go unchecked: Flyway is not given it.'
builds.each { build ->
  assert build.contains(fifo) && build.contains(zero) && build.contains(loop)
  assert build.contains('BUILD FAILURE')
  assert !build.contains('OutOfMemoryError') && !build.contains('\tat ')
}
assert builds[0].contains('check-migrations found 3 problems:')
assert builds[1].contains('Refusing to migrate: the migrations have problems that check-migrations reports')
assert !new File(basedir, 'target/db/ledger.mv.db').exists() // nothing was applied
assert builds[2].contains('Not applying the migrations: fix the duplicate or unreadable migrations first.')
