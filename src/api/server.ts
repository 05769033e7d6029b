/**
 * The only place that listens: an HTTP server around a request handler (the yoga instance
 * of createApi). `close()` shuts down gracefully: stop accepting connections, let the
 * requests in flight finish (idle keep-alive connections are closed at once), force the
 * rest after `shutdownTimeoutMs`, then run `onClose` (closing the Neo4j driver).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerOptions {
  /** A Node request listener, e.g. the yoga instance (which answers every error itself). */
  handler: (request: IncomingMessage, response: ServerResponse) => unknown;
  port: number;
  host: string;
  shutdownTimeoutMs: number;
  /** Runs once every connection is closed, e.g. to close the Neo4j driver. */
  onClose?: () => Promise<void>;
}

export interface RunningServer {
  /** e.g. http://localhost:4000 (no path). */
  origin: string;
  port: number;
  server: Server;
  /** Idempotent; resolves when every connection is closed and onClose has run. */
  close(): Promise<void>;
}

function originOf(host: string, port: number): string {
  const shown =
    host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::'
      ? 'localhost'
      : host;
  return `http://${shown}:${port}`;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = createServer((request, response) => {
    void Promise.resolve(options.handler(request, response)).catch(() => {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections that finish their request while draining are closed too.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs);
      try {
        await closed;
      } finally {
        clearInterval(sweep);
        clearTimeout(force);
      }
      await options.onClose?.();
    })();
    return closing;
  };
  return { origin: originOf(options.host, port), port, server, close };
}

/** Resolves with the name of the first of `signals` the process receives. */
export function waitForSignal(
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = new Map<NodeJS.Signals, () => void>();
    for (const signal of signals) {
      const handler = () => {
        for (const [s, h] of handlers) process.off(s, h);
        resolve(signal);
      };
      handlers.set(signal, handler);
      process.once(signal, handler);
    }
  });
}
