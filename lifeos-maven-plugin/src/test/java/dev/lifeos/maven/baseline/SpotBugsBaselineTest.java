package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.baseline.Baseline.BugEntry;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotBugsBaselineTest {
  /** A report shaped as spotbugs-maven-plugin writes spotbugsXml.xml: one bug, two methods. */
  private static final String REPORT =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <BugCollection sequence='0' version='4.10.3'><Project projectName='ledger'/>
      <BugInstance instanceOccurrenceNum='0' instanceHash='f9f6' priority='1'
          type='DM_DEFAULT_ENCODING' instanceOccurrenceMax='0'>
        <ShortMessage>Reliance on default encoding</ShortMessage>
        <LongMessage>Found reliance on default encoding in Exporter.export</LongMessage>
        <Class classname='com.acme.Exporter' primary='true'>
          <SourceLine classname='com.acme.Exporter' start='9' end='20'/>
        </Class>
        <Method classname='com.acme.Exporter' name='export' signature='()V' isStatic='false'
            primary='true'><SourceLine classname='com.acme.Exporter' start='12' end='14'/></Method>
        <Method classname='java.lang.String' name='getBytes' signature='()[B' isStatic='false'
            role='METHOD_CALLED'/>
        <SourceLine classname='com.acme.Exporter' start='13' end='13' primary='true'/>
      </BugInstance>
      </BugCollection>
      """;

  @TempDir Path dir;

  @Test
  void readsEachBugWithWhatItsInstanceHashIsMadeOf() throws Exception {
    List<BugEntry> bugs =
        SpotBugsBaseline.read(Files.writeString(dir.resolve("spotbugsXml.xml"), REPORT));
    assertThat(bugs).hasSize(1);
    BugEntry bug = bugs.get(0);
    assertThat(bug.type()).isEqualTo("DM_DEFAULT_ENCODING");
    assertThat(bug.priority()).isEqualTo("High");
    assertThat(bug.className()).isEqualTo("com.acme.Exporter");
    assertThat(bug.method()).isEqualTo("export");
    assertThat(bug.message()).isEqualTo("Reliance on default encoding");
    assertThat(bug.instanceHash()).isEqualTo("f9f6");
    assertThat(bug.annotations())
        .extracting(a -> a.get("element") + ":" + a.get("name"))
        .containsExactly("Class:null", "Method:export", "Method:getBytes");
  }

  @Test
  void writesTheBugsBackAsABugCollectionWithoutSourceLines() throws Exception {
    List<BugEntry> bugs =
        SpotBugsBaseline.read(Files.writeString(dir.resolve("spotbugsXml.xml"), REPORT));
    Path exclude = dir.resolve("exclude.xml");
    SpotBugsBaseline.writeExcludeFile(exclude, bugs);
    String xml = Files.readString(exclude);
    assertThat(xml)
        .contains("<BugInstance type=\"DM_DEFAULT_ENCODING\" priority=\"1\">")
        .contains(
            "<Method classname=\"java.lang.String\" isStatic=\"false\" name=\"getBytes\""
                + " role=\"METHOD_CALLED\" signature=\"()[B\"/>")
        .doesNotContain("SourceLine")
        .doesNotContain("ShortMessage");
    assertThat(SpotBugsBaseline.read(exclude))
        .extracting(BugEntry::annotations)
        .isEqualTo(List.of(bugs.get(0).annotations()));
  }

  @Test
  void noReportMeansNoBugs() throws Exception {
    assertThat(SpotBugsBaseline.read(dir.resolve("missing.xml"))).isEmpty();
  }

  @Test
  void refusesDocumentTypesSoNoEntityIsExpanded() throws Exception {
    Path report =
        Files.writeString(
            dir.resolve("spotbugsXml.xml"),
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<BugCollection>&e;</BugCollection>");
    assertThatThrownBy(() -> SpotBugsBaseline.read(report))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("is not a SpotBugs XML report");
  }
}
