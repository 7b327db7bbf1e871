// The public answers' cache: fresh answers reused, stale ones served while one recount refreshes them, concurrent
// misses counted once, failures never cached; off when the setting is 0.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerKey, json, PublicAnswerCache } from './public-cache';

function counter() {
  let n = 0;
  let fail = false;
  return {
    compute: async () => {
      n++;
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error('count failed');
      return json({ n });
    },
    get calls() {
      return n;
    },
    failNext: () => void (fail = true),
  };
}

describe('answerKey', () => {
  it('is the same for the same question asked with its parameters in another order, and per language', () => {
    expect(answerKey('/api/public/stats?by=category&election=pemilu-2024', 'id')).toBe(
      answerKey('/api/public/stats?election=pemilu-2024&by=category', 'id'),
    );
    expect(answerKey('/api/public/stats?by=category', 'id')).not.toBe(
      answerKey('/api/public/stats?by=category', 'en'),
    );
    expect(answerKey('/api/public/stats?by=jabatan', 'id')).not.toBe(
      answerKey('/api/public/stats?by=category', 'id'),
    );
  });
});

describe('PublicAnswerCache', () => {
  it('counts once for concurrent first visitors, then reuses the answer while fresh', async () => {
    let now = 0;
    const cache = new PublicAnswerCache(60, { now: () => now });
    const c = counter();
    const first = await Promise.all([
      cache.get('k', c.compute),
      cache.get('k', c.compute),
      cache.get('k', c.compute),
    ]);
    expect(c.calls).toBe(1);
    expect(first.map((r) => r.outcome)).toEqual(['miss', 'miss', 'miss']);
    now = 59_000;
    expect((await cache.get('k', c.compute)).outcome).toBe('hit');
    expect(c.calls).toBe(1);
  });

  it('serves a stale answer at once and refreshes it in the background', async () => {
    let now = 0;
    const cache = new PublicAnswerCache(60, { now: () => now });
    const c = counter();
    await cache.get('k', c.compute);
    now = 61_000;
    const stale = await cache.get('k', c.compute);
    expect(stale).toMatchObject({ outcome: 'stale', answer: { body: '{"n":1}' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(c.calls).toBe(2);
    expect(await cache.get('k', c.compute)).toMatchObject({ outcome: 'hit', answer: { body: '{"n":2}' } });
  });

  it('keeps the stale answer when the refresh fails, and reports the failure', async () => {
    let now = 0;
    const errors: unknown[] = [];
    const cache = new PublicAnswerCache(60, { now: () => now, onError: (e) => errors.push(e) });
    const c = counter();
    await cache.get('k', c.compute);
    now = 61_000;
    c.failNext();
    expect((await cache.get('k', c.compute)).answer.body).toBe('{"n":1}');
    await new Promise((r) => setTimeout(r, 20));
    expect(errors).toHaveLength(1);
    expect((await cache.get('k', c.compute)).outcome).toBe('stale');
  });

  it('recounts an answer too old to be served stale, and never caches when off', async () => {
    let now = 0;
    const cache = new PublicAnswerCache(60, { now: () => now });
    const c = counter();
    await cache.get('k', c.compute);
    now = 7 * 3_600_000;
    expect((await cache.get('k', c.compute)).outcome).toBe('miss');
    const off = new PublicAnswerCache(0);
    const d = counter();
    await off.get('k', d.compute);
    await off.get('k', d.compute);
    expect(d.calls).toBe(2);
  });
});

describe('gzip', () => {
  it('keeps a large answer gzipped once, and a small one as it is', async () => {
    const cache = new PublicAnswerCache(60);
    const big = await cache.get('big', async () =>
      json({ rows: Array.from({ length: 500 }, (_, i) => ({ i })) }),
    );
    expect(big.gzipped && zlib.gunzipSync(big.gzipped).toString()).toBe(big.answer.body);
    const again = await cache.get('big', async () => json({}));
    expect(again.outcome).toBe('hit');
    expect(again.gzipped && zlib.gunzipSync(again.gzipped).toString()).toBe(again.answer.body);
    await cache.get('small', async () => json({ n: 1 }));
    expect((await cache.get('small', async () => json({}))).gzipped).toBeNull();
  });
});
