import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobRefusedError, BlobStore, BlobTooLargeError } from './blob-store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-blobs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('BlobStore', () => {
  const store = new BlobStore(root);

  it('stores content under its SHA-256 and reads it back byte for byte, once per content', async () => {
    const bytes = crypto.randomBytes(100_000);
    const a = await store.put(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), {
      maxBytes: 1_000_000,
    });
    expect(a.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    expect(a.sizeBytes).toBe(100_000);
    expect(a.head.equals(bytes.subarray(0, 4100))).toBe(true);
    const back: Buffer[] = [];
    for await (const chunk of store.open(a.sha256)) back.push(chunk as Buffer);
    expect(Buffer.concat(back).equals(bytes)).toBe(true);
    const again = await store.put(Readable.from([bytes]), { maxBytes: 1_000_000 });
    expect(again.sha256).toBe(a.sha256);
    expect((fs.statSync(store.pathOf(a.sha256)).mode & 0o777).toString(8)).toBe('600');
  });

  it('refuses content over the limit and leaves nothing behind', async () => {
    await expect(
      store.put(Readable.from([crypto.randomBytes(2048)]), { maxBytes: 1024 }),
    ).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it('keeps nothing of content its check refuses, and stores what it accepts', async () => {
    const bytes = crypto.randomBytes(5000);
    const seen: number[] = [];
    const refuse = store.put(Readable.from([bytes]), {
      maxBytes: 10_000,
      accept: (head, size) => {
        seen.push(head.length, size);
        return false;
      },
    });
    await expect(refuse).rejects.toBeInstanceOf(BlobRefusedError);
    expect(seen).toEqual([4100, 5000]);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(await store.has(sha256)).toBe(false);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
    const kept = await store.put(Readable.from([bytes]), { maxBytes: 10_000, accept: () => true });
    expect(await store.has(kept.sha256)).toBe(true);
  });

  it('refuses a path that is not a SHA-256 (no traversal through a stored name)', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a sha256/);
  });
});
