package dev.lifeos.maven.smoke;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that speaks raw TCP, for what an HTTP server library will not do: reset a
 * connection, stream a body without end, send it a byte at a time.
 */
final class RawSocketServer implements AutoCloseable {
  /** What the server does with one connection, after it has read the request head. */
  interface Behaviour {
    void serve(Socket socket) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private RawSocketServer(ServerSocket server) {
    this.server = server;
  }

  static RawSocketServer start(Behaviour behaviour) throws IOException {
    RawSocketServer raw =
        new RawSocketServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(() -> raw.accept(behaviour), "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
    return raw;
  }

  private void accept(Behaviour behaviour) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread connection =
            new Thread(
                () -> {
                  try (socket) {
                    readRequestHead(socket.getInputStream());
                    behaviour.serve(socket);
                  } catch (IOException | InterruptedException gone) {
                    // the client closed the connection, or the test is over
                  }
                });
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended early");
      }
      matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
