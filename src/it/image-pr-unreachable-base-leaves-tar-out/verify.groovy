// image-tags found no way to the base image's registry: one warning naming the base, why and the fix; Jib was
// told, at run time, to leave the module out; no tar; the tags were still computed and reported.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] The base image registry.invalid/lifeos/jre:17 cannot be reached: registry.invalid does not resolve (no DNS for it here). The pull request\'s image tar is not built (main and release build and boot it).')
assert log.contains('Skipping containerization of this module (not specified in jib.containerize)')
assert !log.contains('Containerizing application') : 'Jib tried to build the image'
assert !new File(basedir, 'target/jib-image.tar').exists()
assert log.contains('BUILD SUCCESS')
def tags = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/image/tags.json'))
assert tags.toString().contains('pr-17-4f2a9c1') : tags
true
