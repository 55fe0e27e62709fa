// The demo service's own migrations, copied as they are.
def demo = new File(basedir, '../../../examples/demo-service/src/main/resources/db/migration')
def target = new File(basedir, 'src/main/resources/db/migration')
target.mkdirs()
demo.eachFile { file -> new File(target, file.name).bytes = file.bytes }
assert target.list().length == 3
true
