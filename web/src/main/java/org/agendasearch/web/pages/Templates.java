package org.agendasearch.web.pages;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Pebble templates from {@code /templates} on the classpath, HTML-escaped by default. */
public final class Templates {

  private final PebbleEngine engine;

  public Templates() {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
        .extension(new Dates(), new VoteWords()).build();
  }

  public String render(String name, Map<String, Object> model) {
    PebbleTemplate t = engine.getTemplate(name);
    StringWriter out = new StringWriter();
    try {
      t.evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
