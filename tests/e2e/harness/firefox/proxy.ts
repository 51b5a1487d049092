import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { FixtureServer } from '../server';

export interface FixtureProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * Firefox has no host resolver rules. It is given this local HTTP proxy for every address instead
 * (prefs in `launch.ts`), which sends each request, whatever its host, to the fixture server: plain
 * http requests arrive in absolute form (`GET http://weibo.com/feed/`) and go on with their Host
 * header; https ones arrive as `CONNECT weibo.com:443` and are tunnelled to the fixture server's TLS
 * port, where the test certificate is accepted for the session. Pages keep their real addresses, so
 * host-specific content scripts run as in the wild, and nothing reaches the network.
 */
export async function startFixtureProxy(server: FixtureServer): Promise<FixtureProxy> {
  const tunnels = new Set<net.Socket>();
  const proxy = http.createServer((req, res) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: server.httpPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (_req, client: net.Socket, head: Buffer) => {
    const upstream = net.connect(server.httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as AddressInfo).port,
    async close() {
      // Tunnels left open by the browser's keep-alive would hold `close` back.
      for (const socket of tunnels) socket.destroy();
      proxy.closeAllConnections();
      await new Promise((ok) => proxy.close(ok));
    },
  };
}
