// NullAway is strict on the packages in lifeos.nullaway.packages, and only there.
def log = new File(basedir, 'build.log').text

assert log.contains('COMPILATION ERROR')
assert log =~ /core\/Accounts\.java:\[10,\d+\] error: \[NullAway\] returning @Nullable expression/
assert !log.contains('Labels.java') : 'NullAway flagged code outside the core packages'
true
