import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of the test WordPress that can hold chosen requests until the
 * test lets them through: a send can be caught at a known step (a photo upload on the wire), and
 * the web server stopped right then. Everything else passes straight to the real site; when the
 * site is down the proxy answers 502, as a reverse proxy in front of a stopped server does.
 */
export interface Gate {
  /** Resolves when a matching request arrives (and is being held). */
  reached: Promise<void>;
  /** Lets the held request through (later matching ones were never held). */
  release(): void;
}

export interface GatedProxy {
  url: string;
  /** Holds the `nth` (1-based) request from now on that `matches`. */
  hold(matches: (request: IncomingMessage) => boolean, nth?: number): Gate;
  close(): Promise<void>;
}

/** A REST route in either URL form WordPress answers (`/wp-json/wp/v2/media` or `?rest_route=/wp/v2/media`). */
export const restRoute = (request: IncomingMessage): string => {
  const url = new URL(request.url ?? '/', 'http://proxy');
  return url.searchParams.get('rest_route') ?? url.pathname.replace(/^\/wp-json/, '');
};

export async function startGatedProxy(upstream: string): Promise<GatedProxy> {
  const target = new URL(upstream);
  const gates: Array<{ matches: (request: IncomingMessage) => boolean; remaining: number; arrive(): void; open: Promise<void> }> = [];

  const forward = (request: IncomingMessage, response: http.ServerResponse): void => {
    const outgoing = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway: the site is not answering.');
      else response.destroy();
    });
    request.pipe(outgoing);
  };

  const server = http.createServer((request, response) => {
    const gate = gates.find((g) => g.matches(request) && --g.remaining === 0);
    if (!gate) {
      forward(request, response);
      return;
    }
    gate.arrive();
    void gate.open.then(() => forward(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hold(matches, nth = 1) {
      let arrive!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const open = new Promise<void>((resolve) => (release = resolve));
      const gate = { matches, remaining: nth, arrive, open };
      gates.push(gate);
      return {
        reached,
        release: () => {
          gates.splice(gates.indexOf(gate), 1);
          release();
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
