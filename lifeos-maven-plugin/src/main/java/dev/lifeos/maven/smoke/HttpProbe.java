package dev.lifeos.maven.smoke;

import dev.lifeos.maven.support.DurationText;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One GET of the smoke test, safe against what a broken or hostile server can answer.
 *
 * <ul>
 *   <li>The configured headers (an {@code Authorization} token) are sent only to the origin of the
 *       smoke test's URL: credentials go only to the origin they were configured for.
 *   <li>Redirects are followed by hand, only within the origin of the first request, at most {@link
 *       #MAX_REDIRECTS}; a loop is reported as one. A redirect to another origin is not followed
 *       and is a failure: that origin's answer says nothing about this service, and following it
 *       would hand a login page or another host's health to the verdict.
 *   <li>The body is read up to a cap, and one deadline covers connecting, the headers, every
 *       redirect and every byte of the body: when it runs out the connection is closed, so a server
 *       that streams forever costs the deadline and no memory.
 * </ul>
 *
 * Every fault becomes a problem sentence, never an exception.
 */
final class HttpProbe {
  static final int MAX_REDIRECTS = 5;
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");

  /** What one GET got: a status and body, or the problem that kept it from getting them. */
  record Exchange(int status, Optional<String> contentType, String body, String problem) {
    static Exchange failed(String problem) {
      return new Exchange(0, Optional.empty(), "", problem);
    }

    boolean is2xx() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final Origin credentialsOrigin;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final int maxBodyBytes;

  /**
   * @param credentialsOrigin the only origin {@code headers} are sent to
   * @param timeout the deadline of one GET, redirects and body included
   */
  HttpProbe(
      Origin credentialsOrigin, Map<String, String> headers, Duration timeout, int maxBodyBytes) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.credentialsOrigin = credentialsOrigin;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.maxBodyBytes = maxBodyBytes;
  }

  Exchange get(URI url) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Origin origin = Origin.of(url);
    List<URI> chain = new ArrayList<>(List.of(url));
    URI current = url;
    while (true) {
      Hop hop = send(current, deadline);
      if (hop.problem() != null || !isRedirect(hop.status()) || hop.location().isEmpty()) {
        return hop.exchange();
      }
      URI next;
      try {
        next = current.resolve(hop.location().get().trim());
      } catch (IllegalArgumentException e) {
        return Exchange.failed("HTTP " + hop.status() + " redirect to a Location that is no URL");
      }
      if (!Origin.of(next).equals(origin)) {
        return Exchange.failed(
            "HTTP "
                + hop.status()
                + " redirect to "
                + Origin.of(next)
                + ", another origin than "
                + origin
                + ": not followed (headers and credentials go only to the origin they were"
                + " configured for, and another origin's answer is not this service's). Set the"
                + " URL to where the service answers itself");
      }
      if (chain.contains(next)) {
        chain.add(next);
        return Exchange.failed("redirect loop: " + paths(chain));
      }
      if (chain.size() > MAX_REDIRECTS) {
        return Exchange.failed(
            "more than " + MAX_REDIRECTS + " redirects: " + paths(chain) + " -> ...");
      }
      chain.add(next);
      current = next;
    }
  }

  /** One request and response, no redirect followed. */
  private record Hop(Exchange exchange, Optional<String> location) {
    int status() {
      return exchange.status();
    }

    String problem() {
      return exchange.problem();
    }
  }

  private Hop send(URI url, long deadline) throws InterruptedException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return new Hop(Exchange.failed(timedOut(false)), Optional.empty());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(Duration.ofNanos(remaining)).GET();
    if (Origin.of(url).equals(credentialsOrigin)) {
      headers.forEach(request::header);
    }
    CappedBody body = new CappedBody(maxBodyBytes);
    CompletableFuture<HttpResponse<byte[]>> response =
        client.sendAsync(request.build(), body::forResponse);
    try {
      HttpResponse<byte[]> answer = response.get(remaining, TimeUnit.NANOSECONDS);
      HttpHeaders got = answer.headers();
      Optional<String> contentType = got.firstValue("Content-Type");
      return new Hop(
          new Exchange(
              answer.statusCode(),
              contentType,
              new String(answer.body(), charset(contentType)),
              null),
          got.firstValue("Location"));
    } catch (TimeoutException e) {
      body.abort();
      response.cancel(true);
      return new Hop(Exchange.failed(timedOut(body.headersArrived())), Optional.empty());
    } catch (ExecutionException e) {
      return new Hop(Exchange.failed(describe(e.getCause(), url, body)), Optional.empty());
    }
  }

  private String timedOut(boolean headersArrived) {
    return headersArrived
        ? "the body was still arriving when the request timeout of "
            + DurationText.of(timeout)
            + " ran out"
        : "no answer within the request timeout of " + DurationText.of(timeout);
  }

  private String describe(Throwable error, URI url, CappedBody body) {
    String server = url.getHost() + ":" + Origin.of(url).port();
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof BodyTooLarge) {
        return "the body is larger than "
            + maxBodyBytes / 1024
            + " KiB (lifeos.smoke.maxBodyKb): not read further";
      }
      if (e instanceof HttpTimeoutException) {
        return timedOut(body.headersArrived());
      }
      if (e instanceof ConnectException) {
        return "connection refused by " + server;
      }
      if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
        return "unknown host " + url.getHost();
      }
      if (e instanceof SocketException && String.valueOf(e.getMessage()).contains("reset")) {
        return "connection reset by " + server + (body.headersArrived() ? " during the body" : "");
      }
      if (e instanceof EOFException) {
        return "connection closed by "
            + server
            + (body.headersArrived() ? " before the end of the body" : " without an answer");
      }
    }
    return error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String paths(List<URI> chain) {
    return chain.stream().map(URI::getRawPath).collect(Collectors.joining(" -> "));
  }

  private static Charset charset(Optional<String> contentType) {
    Matcher m = CHARSET.matcher(contentType.orElse(""));
    try {
      return m.find()
          ? Charset.forName(m.group(1).toUpperCase(Locale.ROOT))
          : StandardCharsets.UTF_8;
    } catch (RuntimeException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Past the cap: the body is not read further and the connection is given up. */
  private static final class BodyTooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super(null, null, false, false);
    }
  }

  /**
   * Collects a body of at most {@code cap} bytes, one buffer list at a time. Past the cap, or when
   * aborted, it cancels its subscription, which closes the connection.
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean headersArrived;

    CappedBody(int cap) {
      this.cap = cap;
    }

    HttpResponse.BodySubscriber<byte[]> forResponse(HttpResponse.ResponseInfo info) {
      headersArrived = true;
      return this;
    }

    boolean headersArrived() {
      return headersArrived;
    }

    void abort() {
      result.completeExceptionally(new CancellationException("deadline"));
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (result.isDone()) {
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        int take = Math.min(buffer.remaining(), cap + 1 - bytes.size());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        bytes.write(chunk, 0, take);
        if (bytes.size() > cap) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge());
          return;
        }
      }
      if (result.isDone()) {
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
