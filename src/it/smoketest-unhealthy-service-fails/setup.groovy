// Starts a real HTTP server on loopback that is up but unhealthy; verify.groovy stops it.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/health') { exchange ->
  def bytes = '{"status":"DOWN","db":"unreachable"}'.getBytes('UTF-8')
  exchange.sendResponseHeaders(200, bytes.length)
  exchange.responseBody.withStream { it.write(bytes) }
}
server.start()
System.properties.put('lifeos.it.server.' + basedir.name, server)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('SMOKE_PORT', String.valueOf(server.address.port))
true
