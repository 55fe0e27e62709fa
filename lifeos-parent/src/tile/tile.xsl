<?xml version="1.0" encoding="UTF-8"?>
<!--
  lifeos-parent as a Maven tile (tiles-maven-plugin): the same properties, plugins and profiles, for a POM
  whose parent is not ours (spring-boot-starter-parent, a corporate parent). Applied to lifeos-parent's own
  pom.xml at build time, so the tile never drifts from the parent:
  - a tile has no coordinates of its own: groupId, artifactId, version, packaging and the descriptive
    elements go;
  - plugins marked <inherited>false</inherited> build lifeos-parent itself (this transformation): they go;
  - every execution keeps its id (tiles-keep-id), so a service overrides lifeos-lint the same way under
    either mechanism, and an execution id shared with the other parent (Failsafe's "default") merges.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="http://maven.apache.org/POM/4.0.0">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="@*|node()">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="/p:project/p:groupId | /p:project/p:artifactId | /p:project/p:version
                       | /p:project/p:packaging | /p:project/p:name | /p:project/p:description
                       | /p:project/p:url | /p:project/p:licenses | p:plugin[p:inherited = 'false']"/>

  <xsl:template match="p:execution">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
      <xsl:if test="not(p:configuration)">
        <configuration xmlns="http://maven.apache.org/POM/4.0.0" tiles-keep-id="true"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="p:execution/p:configuration">
    <xsl:copy>
      <xsl:attribute name="tiles-keep-id">true</xsl:attribute>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
