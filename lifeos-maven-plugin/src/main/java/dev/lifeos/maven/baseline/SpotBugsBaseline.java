package dev.lifeos.maven.baseline;

import dev.lifeos.maven.baseline.Baseline.BugEntry;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.support.GateFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * SpotBugs' side of the baseline, in SpotBugs' own terms: bugs are read from its XML report with
 * their annotations, and handed back to it as an {@code excludeBugsFile}: a bug collection from
 * which SpotBugs computes each bug's instance hash (line numbers play no part in it) and skips the
 * bugs with those hashes, so that SpotBugs itself neither reports nor counts them.
 */
public final class SpotBugsBaseline {
  static final int MAX_BYTES = 64 << 20;
  static final String ELEMENT = "element";

  /** Children of a BugInstance that SpotBugs' instance hash leaves out. */
  private static final Set<String> NOT_HASHED =
      Set.of("ShortMessage", "LongMessage", "SourceLine", "Property", "UserAnnotation");

  private static final String[] PRIORITIES = {"", "High", "Medium", "Low", "Experimental"};

  private SpotBugsBaseline() {}

  /** Every bug in SpotBugs' XML report ({@code spotbugsXml.xml}); none when there is none. */
  public static List<BugEntry> read(Path report) throws GateFailure, IOException {
    if (!Files.isRegularFile(report)) {
      return List.of();
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(report)) {
      content = in.readNBytes(MAX_BYTES + 1);
    }
    if (content.length > MAX_BYTES) {
      throw new GateFailure(report + " is larger than " + (MAX_BYTES >> 20) + " MB.");
    }
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (SAXException e) {
      throw new GateFailure(
          report
              + " is not a SpotBugs XML report ("
              + e.getMessage()
              + "). Run ./mvnw clean"
              + " and record the baseline again.");
    }
    List<BugEntry> bugs = new ArrayList<>();
    NodeList instances = document.getDocumentElement().getElementsByTagName("BugInstance");
    for (int i = 0; i < instances.getLength(); i++) {
      Element bug = (Element) instances.item(i);
      bugs.add(
          new BugEntry(
              bug.getAttribute("type"),
              priority(bug.getAttribute("priority")),
              primary(bug, "Class", "classname"),
              primary(bug, "Method", "name"),
              text(bug, "ShortMessage"),
              bug.getAttribute("instanceHash"),
              annotations(bug)));
    }
    return bugs;
  }

  /** Writes {@code bugs} as a bug collection for SpotBugs' {@code excludeBugsFile}. */
  public static void writeExcludeFile(Path file, List<BugEntry> bugs) throws IOException {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append(
                "<!-- Written by lifeos:ratchet from lifeos-baseline.json: SpotBugs skips these")
            .append(" bugs by instance hash. -->\n")
            .append("<BugCollection sequence=\"0\" timestamp=\"0\" analysisTimestamp=\"0\"")
            .append(" release=\"\">\n  <Project projectName=\"lifeos-baseline\"/>\n");
    for (BugEntry bug : bugs) {
      xml.append("  <BugInstance type=\"")
          .append(escape(bug.type()))
          .append("\" priority=\"")
          .append(priorityNumber(bug.priority()))
          .append("\">\n");
      for (Map<String, String> annotation : bug.annotations()) {
        xml.append("    <").append(escape(annotation.getOrDefault(ELEMENT, "Class")));
        annotation.forEach(
            (name, value) -> {
              if (!name.equals(ELEMENT)) {
                xml.append(' ')
                    .append(escape(name))
                    .append("=\"")
                    .append(escape(value))
                    .append('"');
              }
            });
        xml.append("/>\n");
      }
      xml.append("  </BugInstance>\n");
    }
    ReportFiles.writeText(file, xml.append("</BugCollection>\n").toString());
  }

  /** The bug's annotations (class, methods, fields, values), as element name and attributes. */
  private static List<Map<String, String>> annotations(Element bug) {
    List<Map<String, String>> annotations = new ArrayList<>();
    for (Node node = bug.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && !NOT_HASHED.contains(element.getTagName())) {
        Map<String, String> annotation = new TreeMap<>();
        annotation.put(ELEMENT, element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          annotation.put(attributes.item(a).getNodeName(), attributes.item(a).getNodeValue());
        }
        annotations.add(annotation);
      }
    }
    return annotations;
  }

  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no secure XML parser: " + e.getMessage(), e);
    }
  }

  private static String primary(Element bug, String tag, String attribute) {
    String first = "";
    for (Node node = bug.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        if ("true".equals(element.getAttribute("primary"))) {
          return element.getAttribute(attribute);
        }
        if (first.isEmpty()) {
          first = element.getAttribute(attribute);
        }
      }
    }
    return first;
  }

  private static String text(Element bug, String tag) {
    NodeList nodes = bug.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  private static String priority(String number) {
    try {
      int value = Integer.parseInt(number.trim());
      return value > 0 && value < PRIORITIES.length ? PRIORITIES[value] : number;
    } catch (NumberFormatException e) {
      return number;
    }
  }

  private static int priorityNumber(String name) {
    for (int i = 1; i < PRIORITIES.length; i++) {
      if (PRIORITIES[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return 2;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
