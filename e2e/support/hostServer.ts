import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A "course page" on a different origin from the app (another port), as Canvas, Moodle or a
 * blog would be. {{APP}} in the page becomes the app's origin; {{SNIPPET}} whatever a test pastes.
 */
export interface HostServer {
  origin: string;
  setSnippet(html: string): void;
  close(): Promise<void>;
}

export async function startHostServer(appOrigin: string): Promise<HostServer> {
  const template = readFileSync(path.join(__dirname, '..', 'fixtures', 'host', 'course.html'), 'utf8');
  let snippet = '';
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith('/course.html')) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(template.replaceAll('{{APP}}', appOrigin).replace('{{SNIPPET}}', snippet));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setSnippet: (html) => { snippet = html; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
