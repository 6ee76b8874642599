/** Serving a build to measure, and checking that the machine is quiet enough to measure on. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { cleanup } from './build.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` with the repository's scripts/serve.mjs on a free port, once it answers. */
export async function serve(repo, outDir) {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(repo, 'scripts', 'serve.mjs'), outDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.server = server;
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('the static server exited');
    try {
      const res = await fetch(url, { method: 'HEAD' });
      if (res.ok) return { server, url };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the static server did not answer at ${url}`);
}

export function stopServer(server) {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once('close', () => resolve());
    server.kill('SIGTERM');
    setTimeout(resolve, 2000);
  });
}

/** Fraction of all CPU time that was busy during `ms` (Linux /proc/stat), while this script idles. */
async function machineBusy(ms = 2000) {
  const read = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      const idle = f[3] + (f[4] ?? 0);
      return { idle, total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await sleep(ms);
  const b = read();
  if (!a || !b || b.total === a.total) return null;
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}

/**
 * Other work on the machine (a test run, a build) skews every number: waits up to `waitS`
 * seconds (0 = not at all) for the CPU to be busier than `below` no longer, and says so if it
 * still is. Returns the last busy fraction measured (null where /proc/stat cannot be read).
 */
export async function waitForQuiet({ waitS, below = 0.15, log }) {
  let busy = await machineBusy();
  const until = Date.now() + waitS * 1000;
  if (busy !== null && busy > below && waitS > 0) log(`  the machine is busy (${Math.round(busy * 100)}% CPU in other work); waiting up to ${waitS} s for it to quiet down …`);
  while (busy !== null && busy > below && Date.now() < until) busy = await machineBusy(5000);
  if (busy !== null && busy > below) log(`  warning: before measuring, ${Math.round(busy * 100)}% of the CPU was busy with other work; timings will be noisy`);
  return busy;
}
