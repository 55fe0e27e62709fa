package dev.lifeos.maven.coverage;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JaCoCo's XML report ({@code jacoco.xml}) into the line data of each source file, keyed by
 * its path below a source root ({@code dev/lifeos/demo/core/Money.java}).
 *
 * <p>The report names a DTD that is not shipped with it; DTDs are not loaded, so reading needs no
 * network and cannot be turned into an XXE.
 */
public final class JacocoXml {
  private JacocoXml() {}

  public static Map<String, SourceLines> read(Path report) throws GateFailure, IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(report)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return read(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | NumberFormatException e) {
      throw new GateFailure(
          "Cannot read the JaCoCo report "
              + report
              + ": "
              + e.getMessage()
              + ". Delete it and run the build again (./mvnw clean verify).");
    }
  }

  private static Map<String, SourceLines> read(XMLStreamReader xml) throws XMLStreamException {
    Map<String, SourceLines> files = new HashMap<>();
    String packageName = "";
    SourceLines current = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "package" -> packageName = xml.getAttributeValue(null, "name");
          case "sourcefile" -> {
            String name = xml.getAttributeValue(null, "name");
            String path = packageName.isEmpty() ? name : packageName + "/" + name;
            current = files.computeIfAbsent(path, p -> new SourceLines());
          }
          case "line" -> {
            if (current != null) {
              current.add(
                  Integer.parseInt(xml.getAttributeValue(null, "nr")),
                  Integer.parseInt(xml.getAttributeValue(null, "mi")),
                  Integer.parseInt(xml.getAttributeValue(null, "ci")));
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "sourcefile" -> current = null;
          case "package" -> packageName = "";
          default -> {}
        }
      }
    }
    return files;
  }
}
