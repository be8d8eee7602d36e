package org.agendasearch.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The API and page contract on the embedded Lucene index. */
class ServerEndToEndTest extends ApiContract {

  @BeforeAll
  static void start() throws Exception {
    server = SampleServer.start();
    councils = SampleServer.startTwoCouncils();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    councils.close();
  }
}
