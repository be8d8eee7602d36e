package org.agendasearch.sources.moderngov;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.agendasearch.sources.SourceException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The web service's XML read with the JDK's DOM parser, safely (no DOCTYPE, no external entities),
 * and looked up by element name in any case: installs differ ({@code committeeid}, {@code CommitteeId}).
 */
final class Xml {

  private Xml() {}

  /** The document element of {@code xml}; malformed XML (or an HTML error page) is a {@link SourceException}. */
  static Element parse(String xml, String what) throws SourceException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new SourceException(what + " is not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser has these features", e);
    }
  }

  /** Every element named {@code name} (any case) under {@code root}, at any depth, in document order. */
  static List<Element> all(Element root, String name) {
    List<Element> out = new ArrayList<>();
    collect(root, name.toLowerCase(Locale.ROOT), out);
    return out;
  }

  private static void collect(Node n, String name, List<Element> out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (e.getTagName().toLowerCase(Locale.ROOT).equals(name)) {
          out.add(e);
        }
        collect(e, name, out);
      }
    }
  }

  /** The stripped text of the first child element of {@code parent} named {@code name}, or null when absent or empty. */
  static String text(Element parent, String name) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equalsIgnoreCase(name)) {
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
      }
    }
    return null;
  }
}
