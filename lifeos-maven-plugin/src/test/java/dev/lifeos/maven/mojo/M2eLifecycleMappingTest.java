package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An IDE build must never run a lifeos goal: every goal the parent binds is ignored by m2e. */
class M2eLifecycleMappingTest {
  private static final Path PARENT_POM = Path.of("../lifeos-parent/pom.xml");
  private static final Path M2E_METADATA =
      Path.of("src/main/resources/META-INF/m2e/lifecycle-mapping-metadata.xml");

  @Test
  void everyLifeosGoalTheParentBindsIsIgnoredByM2e() throws Exception {
    List<String> bound = new ArrayList<>();
    NodeList plugins = read(PARENT_POM).getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if ("lifeos-maven-plugin".equals(childText(plugin, "artifactId"))) {
        bound.addAll(texts(plugin.getElementsByTagName("goal")));
      }
    }
    List<String> ignored = texts(read(M2E_METADATA).getElementsByTagName("goal"));

    assertThat(bound).isNotEmpty();
    assertThat(ignored).containsAll(bound);
  }

  private static Document read(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static String childText(Element element, String name) {
    NodeList children = element.getElementsByTagName(name);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent().trim();
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
