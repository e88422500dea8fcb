package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tls profile, behind a proxy that terminates TLS: the webapps' cookies are Secure (never sent
 * over plain HTTP) and every answer tells the browser to use HTTPS for a year (HSTS).
 */
// Its own engine name (no hyphen, or the starter ignores it): the engine REST API of the tests'
// shared context finds its engine by the name "default" in Camunda's static registry, which this
// second context must not take over.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=tlsHardeningTest")
@ActiveProfiles({"test", "tls"})
class TlsHardeningTest {

  @LocalServerPort
  int port;

  @Test
  void behindTlsTheCookiesAreSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/app/tasklist/default/"))
        .header("X-Forwarded-Proto", "https").header("X-XSRF-TOKEN", "Fetch").GET().build(), BodyHandlers.ofString());

    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("XSRF-TOKEN="))
        .hasSize(2).allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("SameSite=Strict"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
        assertThat(hsts).contains("max-age=31536000"));
  }
}
