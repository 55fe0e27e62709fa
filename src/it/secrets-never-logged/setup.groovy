// A real PostgreSQL where user app logs in with the password S3cr3t-Pa55 and user auditor with another one, and
// a service whose ping endpoint echoes the Authorization header it got (as careless services do).
import com.sun.net.httpserver.HttpServer

// its own git repository, so that init, image-tags, select-tests and diff-coverage look at this project only
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.git 'init', '-q', '-b', 'main'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
repo.commitAll 'the service'

def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).start(basedir)
postgres.sql('postgres',
    "CREATE ROLE app LOGIN PASSWORD 'S3cr3t-Pa55'",
    "CREATE ROLE auditor LOGIN PASSWORD 'an0ther-one'",
    'CREATE DATABASE ledger OWNER app', 'CREATE DATABASE scratch OWNER app', 'CREATE DATABASE scratch2 OWNER app')

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/health') { exchange ->
  def body = '{"status":"UP"}'.bytes
  exchange.sendResponseHeaders(200, body.length)
  exchange.responseBody.withStream { it.write(body) }
}
server.createContext('/api/v1/ping') { exchange ->
  def body = ('{"pong":true,"auth":"' + exchange.requestHeaders.getFirst('Authorization') + '"}').bytes
  exchange.sendResponseHeaders(200, body.length)
  exchange.responseBody.withStream { it.write(body) }
}
server.start()
System.properties.put('lifeos.it.server.' + basedir.name, server)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('PG_PORT', String.valueOf(postgres.port)).replace('SMOKE_PORT', String.valueOf(server.address.port))
true
