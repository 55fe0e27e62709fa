package dev.lifeos.maven.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseImageRegistryTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Test
  void namesTheRegistryAsDockerDoes() {
    assertThat(BaseImageRegistry.of("eclipse-temurin:17-jre").orElseThrow().address())
        .isEqualTo("registry-1.docker.io:443");
    assertThat(BaseImageRegistry.of("library/eclipse-temurin:17-jre").orElseThrow().address())
        .isEqualTo("registry-1.docker.io:443");
    assertThat(BaseImageRegistry.of("ghcr.io/acme/base/jre:17").orElseThrow().address())
        .isEqualTo("ghcr.io:443");
    assertThat(BaseImageRegistry.of("127.0.0.1:5000/base/jre:17").orElseThrow().address())
        .isEqualTo("127.0.0.1:5000");
    assertThat(BaseImageRegistry.of("registry://localhost/jre@sha256:ab").orElseThrow().address())
        .isEqualTo("localhost:443");
  }

  @Test
  void basesWithoutARegistryAreNotProbed() {
    assertThat(BaseImageRegistry.of("scratch")).isEmpty();
    assertThat(BaseImageRegistry.of("tar:///root/.cache/lifeos/jre.tar")).isEmpty();
    assertThat(BaseImageRegistry.of("docker://eclipse-temurin:17-jre")).isEmpty();
  }

  @Test
  void aListeningRegistryIsReachable() throws Exception {
    try (ServerSocket registry = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var base = BaseImageRegistry.of("127.0.0.1:" + registry.getLocalPort() + "/base/jre:17");
      assertThat(base.orElseThrow().unreachable(TIMEOUT, Map.of())).isEmpty();
    }
  }

  @Test
  void aClosedPortIsUnreachableAndSaysWhere() throws Exception {
    int closed;
    try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = gone.getLocalPort();
    }
    var base = BaseImageRegistry.of("127.0.0.1:" + closed + "/base/jre:17").orElseThrow();
    assertThat(base.unreachable(TIMEOUT, Map.of()))
        .hasValueSatisfying(
            why -> assertThat(why).startsWith("no connection to 127.0.0.1:" + closed));
  }

  @Test
  void anUnknownHostSaysSo() {
    var base = BaseImageRegistry.of("registry.invalid/base/jre:17").orElseThrow();
    assertThat(base.unreachable(TIMEOUT, Map.of()))
        .hasValue("registry.invalid does not resolve (no DNS for it here)");
  }

  @Test
  void behindAProxyTheProxyDecides() {
    var base = BaseImageRegistry.of("registry.invalid/base/jre:17").orElseThrow();
    assertThat(base.unreachable(TIMEOUT, Map.of("HTTPS_PROXY", "http://proxy:3128"))).isEmpty();
  }
}
