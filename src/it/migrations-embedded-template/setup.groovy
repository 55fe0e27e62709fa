// The builds keep their temporary files, templates included, in this scenario's target/tmp (.mvn/jvm.config), so
// that the first build finds no template of another build's.
def tmp = new File(basedir, 'target/tmp')
tmp.mkdirs()
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/jvm.config').text = "-Djava.io.tmpdir=${tmp.absolutePath}\n"
true
