// Serves a built renderer over loopback HTTP the way the Electron app serves it over app://:
// through the same protocol handler (files read from disk, no compression, the security
// headers). Benchmarks load the app through it so that a page load costs what it costs in the
// app, not what `vite preview`'s on-the-fly gzip of every response costs on a 2-core machine.
// Usage: node --import tsx test/bench/app-server.ts <dist> <port>
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { APP_HOST, APP_SCHEME } from '../../electron/main/security';

const [dist, port] = process.argv.slice(2);
if (!dist || !port) throw new Error('usage: app-server.ts <dist> <port>');
const handle = createAppProtocolHandler(dist, (path) => readFile(path));

createServer((request, reply) => {
  handle(new Request(`${APP_SCHEME}://${APP_HOST}${request.url ?? '/'}`))
    .then(async (response) => {
      reply.writeHead(response.status, Object.fromEntries(response.headers));
      reply.end(Buffer.from(await response.arrayBuffer()));
    })
    .catch((error: unknown) => {
      reply.writeHead(500).end(String(error));
    });
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dist} at http://127.0.0.1:${port}/`));
