// Writes the lifeos-spring-boot-parent POM that is installed and deployed: lifeos-parent's pom.xml (its
// properties, pluginManagement, plugins and profiles: every gate) under this module's parent, coordinates
// and header, with this module's properties winning by name and its plugins added. Plugins marked
// <inherited>false</inherited> build a POM, they are not part of it, so they are left out on both sides.
// A plugin both files declare in the same section is an error: merge it by hand in lifeos-parent.
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.transform.OutputKeys
import javax.xml.transform.TransformerFactory
import javax.xml.transform.dom.DOMSource
import javax.xml.transform.stream.StreamResult
import org.w3c.dom.Document
import org.w3c.dom.Element
import org.w3c.dom.Node

def parse = { File file ->
  def factory = DocumentBuilderFactory.newInstance()
  factory.namespaceAware = true
  factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
  factory.newDocumentBuilder().parse(file)
}
def children = { Node node, String name = null ->
  (0..<node.childNodes.length).collect { node.childNodes.item(it) }
      .findAll { it instanceof Element && (name == null || it.localName == name) }
}
def child = { Node node, String name -> children(node, name).find() }
def path = { Node node, String... names ->
  names.inject(node) { n, name -> n == null ? null : child(n, name) }
}
def text = { Node node, String name -> child(node, name)?.textContent?.trim() }
def pluginKey = { Element plugin -> "${text(plugin, 'groupId') ?: 'org.apache.maven.plugins'}:${text(plugin, 'artifactId')}" }
def notInherited = { Element plugin -> text(plugin, 'inherited') == 'false' }

File moduleFile = project.file
Document parent = parse(new File(lifeosParent as String))
Document module = parse(moduleFile)
Element out = parent.documentElement
Element own = module.documentElement

// The head: everything lifeos-parent says about itself is replaced by this module's.
def head = ['modelVersion', 'parent', 'groupId', 'artifactId', 'version', 'packaging', 'name', 'description',
            'url', 'licenses']
head.each { name -> children(out, name).each { out.removeChild(it) } }
Node firstBody = children(out).find()
head.each { name -> children(own, name).each { out.insertBefore(parent.importNode(it, true), firstBody) } }
// The header comment (before <project>) is this module's.
(0..<parent.childNodes.length).collect { parent.childNodes.item(it) }
    .findAll { it.nodeType == Node.COMMENT_NODE }.each { parent.removeChild(it) }
(0..<module.childNodes.length).collect { module.childNodes.item(it) }
    .findAll { it.nodeType == Node.COMMENT_NODE }
    .each { parent.insertBefore(parent.importNode(it, true), out) }

def ensure = { Element under, String name ->
  Element found = child(under, name)
  if (found == null) {
    found = parent.createElementNS(out.namespaceURI, name)
    under.appendChild(found)
  }
  found
}

// Properties: this module's win by name.
Element props = ensure(out, 'properties')
children(path(own, 'properties') ?: own.ownerDocument.createElement('none')).each { Element p ->
  children(props, p.localName).each { props.removeChild(it) }
  props.appendChild(parent.importNode(p, true))
}

// Plugins: lifeos-parent's builders out, this module's plugins in.
def mergePlugins = { List<String> section ->
  Element target = section.inject(out) { Element e, String name -> ensure(e, name) }
  children(target, 'plugin').findAll(notInherited).each { target.removeChild(it) }
  Set<String> known = children(target, 'plugin').collect(pluginKey) as Set
  Element source = path(own, *section)
  if (source == null) {
    return
  }
  children(source, 'plugin').findAll { !notInherited(it) }.each { Element plugin ->
    if (known.contains(pluginKey(plugin))) {
      throw new IllegalStateException("${pluginKey(plugin)} is in ${section.join('/')} of both " +
          "lifeos-parent and ${moduleFile}: declare it in one of them.")
    }
    target.appendChild(parent.importNode(plugin, true))
  }
}
mergePlugins(['build', 'pluginManagement', 'plugins'])
mergePlugins(['build', 'plugins'])
children(path(own, 'profiles') ?: own.ownerDocument.createElement('none'), 'profile').each {
  ensure(out, 'profiles').appendChild(parent.importNode(it, true))
}

// Re-indented as one document: the moved parts came with the whitespace of their old places.
def stripBlanks
stripBlanks = { Node node ->
  (0..<node.childNodes.length).collect { node.childNodes.item(it) }.each {
    if (it.nodeType == Node.TEXT_NODE && it.textContent.trim().isEmpty()) {
      node.removeChild(it)
    } else {
      stripBlanks(it)
    }
  }
}
stripBlanks(out)

File merged = new File(project.build.directory, 'lifeos-spring-boot-parent.pom')
merged.parentFile.mkdirs()
def transformer = TransformerFactory.newInstance().newTransformer()
transformer.setOutputProperty(OutputKeys.ENCODING, 'UTF-8')
transformer.setOutputProperty(OutputKeys.INDENT, 'yes')
transformer.setOutputProperty('{http://xml.apache.org/xslt}indent-amount', '2')
merged.withOutputStream { transformer.transform(new DOMSource(parent), new StreamResult(it)) }
// What install, deploy and invoker:install publish as this module's POM.
project.pomFile = merged
log.info("Merged lifeos-parent into ${merged}")
