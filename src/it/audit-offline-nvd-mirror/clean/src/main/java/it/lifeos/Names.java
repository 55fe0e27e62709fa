package it.lifeos;

import org.apache.commons.text.WordUtils;

/** Uses commons-text, so the audit has a real dependency to look at. */
public final class Names {
  public String title(String name) {
    return WordUtils.capitalize(name);
  }
}
