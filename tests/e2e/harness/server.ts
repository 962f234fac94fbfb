/**
 * A static HTTP server on 127.0.0.1 (a free port) for the sample articles:
 * `/examples/…` serves `examples/`, `/fixtures/…` serves `tests/e2e/fixtures/`.
 * Nothing else on the network is reachable from the test machine, and the
 * extension's content script only runs on http(s) pages, so the pages must come
 * from here rather than file://.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { EXAMPLES_DIR, FIXTURES_DIR } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  /** Absolute URL of a path on this server, e.g. `url('/examples/agree.html')`. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** URL prefix → folder. Defaults to `/examples` and `/fixtures`. */
  mounts?: Record<string, string>;
  port?: number;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const mounts = options.mounts ?? { '/examples': EXAMPLES_DIR, '/fixtures': FIXTURES_DIR };
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/' || path === '/index.html') {
        const links = Object.keys(mounts)
          .map((m) => `<li><a href="${m}/">${m}/</a></li>`)
          .join('');
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(`<!doctype html><title>Second Source test pages</title><ul>${links}</ul>`);
        return;
      }
      const mount = Object.keys(mounts).find((m) => path === m || path.startsWith(`${m}/`));
      if (!mount) return notFound(res);
      const root = mounts[mount]!;
      let file = normalize(join(root, path.slice(mount.length)));
      if (file !== root && !file.startsWith(root + sep)) return notFound(res);
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) return notFound(res);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function notFound(res: import('node:http').ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
