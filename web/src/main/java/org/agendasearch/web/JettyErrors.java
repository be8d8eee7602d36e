package org.agendasearch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import org.agendasearch.ingest.PackJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before a request reaches a route (an address too long, a bad
 * %-escape): JSON {@code {"error": ...}} as every other API error, and the friendly error page for
 * the HTML pages. A request Jetty could not parse at all has no path; it gets JSON, the one answer
 * every client can read.
 */
final class JettyErrors extends ErrorHandler {

  private final BiFunction<Integer, String, String> page;

  /** @param page renders the HTML error page for a status and a sentence */
  JettyErrors(BiFunction<Integer, String, String> page) {
    this.page = page;
  }

  static String sentence(int status) {
    return switch (status) {
      case 414 -> "The address is too long. A query may be at most 500 characters: shorten it to the words that matter.";
      case 431 -> "The request's headers are too large.";
      case 400 -> "The address could not be read: check that every % in it is followed by two hexadecimal digits.";
      case 404 -> "There is no page at this address.";
      default -> "The request could not be handled (HTTP " + status + ").";
    };
  }

  static String json(int status) {
    try {
      return PackJson.MAPPER.writeValueAsString(Map.of("error", sentence(status)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    String path = request.getRequestURI();
    baseRequest.setHandled(true);
    response.setHeader("Content-Security-Policy", WebApp.CSP);
    if (path == null || WebApp.isApi(path)) {
      response.setContentType("application/json; charset=utf-8");
      response.getWriter().write(json(code));
    } else {
      response.setContentType("text/html; charset=utf-8");
      response.getWriter().write(page.apply(code, sentence(code)));
    }
  }
}
