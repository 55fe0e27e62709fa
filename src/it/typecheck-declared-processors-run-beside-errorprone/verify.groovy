// The processors a service declares in annotationProcessorPaths run beside Error Prone and NullAway.
def log = new File(basedir, 'build.log').text

assert log.contains('Annotation processors run beside Error Prone: lombok-1.18.42.jar, mapstruct-processor-1.6.3.jar')
assert !log.contains('cannot find symbol')
assert log.contains('Typecheck (main): no errors')
assert new File(basedir, 'target/generated-sources/annotations/it/lifeos/AccountMapperImpl.java').isFile() : 'MapStruct did not run'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
true
