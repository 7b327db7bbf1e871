import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublicStats } from '../src/modules/stats/schema';
import { runNetra, startNetraServer } from './support/netra-process';

const onPglite = process.env.NETRA_TEST_DB !== 'postgres';

describe.skipIf(!onPglite)('netra serve on the embedded default', () => {
  it('starts on a fresh data dir, seeds demo staff, prints how to log in, and serves the API', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-serve-'));
    const server = await startNetraServer({ NETRA_DATA_DIR: dir, LOG_LEVEL: 'warn' }, 90_000);
    try {
      const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
      expect(doc.openapi).toBe('3.1.0');
      const deadline = Date.now() + 5000;
      while (!server.output().includes('admin@demo.netra.id') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(server.output()).toContain('admin@demo.netra.id');
      expect(fs.existsSync(path.join(dir, 'netra.lock'))).toBe(true);
    } finally {
      await server.stop();
    }
    expect(fs.existsSync(path.join(dir, 'netra.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('counts the demo history in the public figures as soon as it is written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-demo-'));
    const server = await startNetraServer({ NETRA_DATA_DIR: dir, LOG_LEVEL: 'info' }, 90_000);
    try {
      const deadline = Date.now() + 240_000;
      while (!/demo history: \d+ cases written/.test(server.output()) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(server.output()).toMatch(/demo history: \d+ cases written/);
      // The first visitor after the history is written: no answer counted before it may be served.
      const res = await fetch(`${server.url}/api/public/stats`);
      expect(res.status).toBe(200);
      const stats = (await res.json()) as PublicStats;
      expect(stats.includesDemoData).toBe(true);
      // Pilkada 2020 alone reproduces KASN's 2,034 reported ASN (docs/demo-data.md); the other elections add more.
      expect(stats.funnel.reported).toBeGreaterThan(2034);
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses a port that is already taken with one clear line and exit code 2', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const { port } = blocker.address() as net.AddressInfo;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-port-'));
    try {
      const r = await runNetra(
        ['serve'],
        { NETRA_DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), NETRA_DEMO: '0' },
        90_000,
      );
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`Cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    } finally {
      blocker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
