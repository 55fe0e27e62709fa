// origin/main holds the project; the branch changes Greeter.java only, nothing under ml/ or ml_assets/.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir).baseOnMainThenFeature()
def greeter = new File(basedir, 'src/main/java/it/lifeos/Greeter.java')
greeter.text = greeter.text.replace('A class with full test coverage', 'A fully tested class')
repo.commitAll 'not ml'
true
