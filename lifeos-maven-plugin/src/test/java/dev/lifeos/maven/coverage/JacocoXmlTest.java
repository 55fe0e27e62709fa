package dev.lifeos.maven.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JacocoXmlTest {
  static final String REPORT =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
      <report name="demo">
        <sessioninfo id="x" start="1" dump="2"/>
        <package name="it/lifeos">
          <class name="it/lifeos/Greeter" sourcefilename="Greeter.java"/>
          <sourcefile name="Greeter.java">
            <line nr="3" mi="3" ci="0" mb="0" cb="0"/>
            <line nr="5" mi="0" ci="4" mb="0" cb="0"/>
            <line nr="6" mi="2" ci="1" mb="1" cb="1"/>
            <counter type="LINE" missed="1" covered="2"/>
          </sourcefile>
        </package>
        <package name="">
          <sourcefile name="Root.java">
            <line nr="1" mi="0" ci="2" mb="0" cb="0"/>
          </sourcefile>
        </package>
      </report>
      """;

  @Test
  void readsCoverableAndCoveredLinesPerSourcePath(@TempDir Path dir) throws Exception {
    Path xml = Files.writeString(dir.resolve("jacoco.xml"), REPORT);

    Map<String, SourceLines> files = JacocoXml.read(xml);

    assertThat(files).containsOnlyKeys("it/lifeos/Greeter.java", "Root.java");
    SourceLines greeter = files.get("it/lifeos/Greeter.java");
    assertThat(greeter.isCoverable(3)).isTrue();
    assertThat(greeter.isCovered(3)).isFalse();
    assertThat(greeter.isCovered(5)).isTrue();
    assertThat(greeter.isCovered(6)).as("partly run lines count as covered").isTrue();
    assertThat(greeter.isCoverable(4)).isFalse();
  }

  @Test
  void aBrokenReportNamesTheFileAndTheFix(@TempDir Path dir) throws Exception {
    Path xml = Files.writeString(dir.resolve("jacoco.xml"), "<report><package name=\"a\">");

    assertThatThrownBy(() -> JacocoXml.read(xml))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(xml.toString())
        .hasMessageContaining("./mvnw clean verify");
  }
}
