package com.acme.ledger.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Writes statements for the back office. */
public class ReportExporter {
  private final File directory;

  public ReportExporter(File directory) {
    this.directory = directory;
  }

  public File export(String name, String text) throws IOException {
    File file = new File(directory, name + ".txt");
    file.delete();
    Files.write(file.toPath(), text.getBytes());
    return file;
  }

  public String read(File file) throws IOException {
    return new String(Files.readAllBytes(file.toPath()));
  }
}
