// What a careless user or an attacker leaves in a migration location (none of it can live in git):
// a FIFO named like a migration, a symlink to /dev/zero named like one, and a symlink loop.
def dir = new File(basedir, 'src/main/resources/db/migration')
def mkfifo = ['mkfifo', new File(dir, 'V3__x.sql').path].execute()
assert mkfifo.waitFor() == 0
java.nio.file.Files.createSymbolicLink(new File(dir, 'V4__zero.sql').toPath(), java.nio.file.Path.of('/dev/zero'))
java.nio.file.Files.createSymbolicLink(new File(dir, 'loop').toPath(), java.nio.file.Path.of('.'))
true
