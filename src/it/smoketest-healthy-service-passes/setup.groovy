// Starts a real HTTP server on loopback, in this JVM, for the build to smoke-test; verify.groovy stops it.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

def respond = { exchange, int status, String body ->
  def bytes = body.getBytes('UTF-8')
  exchange.responseHeaders.set('Content-Type', 'application/json')
  exchange.sendResponseHeaders(status, bytes.length)
  exchange.responseBody.withStream { it.write(bytes) }
}
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
def healthCalls = new AtomicInteger()
server.createContext('/health') { exchange ->
  healthCalls.incrementAndGet() <= 2 ? respond(exchange, 503, '{"status":"DOWN"}') : respond(exchange, 200, '{"status":"UP"}')
}
server.createContext('/api/v1/ping') { exchange ->
  def auth = exchange.requestHeaders.getFirst('Authorization')
  auth == 'Bearer it-smoke-token-4711' ? respond(exchange, 200, '{"pong":true}') : respond(exchange, 401, '{"error":"got ' + auth + '"}')
}
server.createContext('/api/v1/accounts') { exchange -> respond(exchange, 200, '{"accounts": []}') }
server.start()
System.properties.put('lifeos.it.server.' + basedir.name, server)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('SMOKE_PORT', String.valueOf(server.address.port))
true
