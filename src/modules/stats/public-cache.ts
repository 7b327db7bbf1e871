// Public statistics answers reused on each node (NETRA_STATS_CACHE_SECONDS, default 60 s) and marked cacheable for
// browsers and proxies for as long: the figures are the same for everyone, journalists link to them, and recounting
// a national table (or an "as of" recount from 10 M events) for every visitor would put the public page on the case
// database's critical path (issue 5 benchmark: public endpoints ≤ 3× SELECT 1). An answer older than that is still
// served while one recount refreshes it in the background (stale-while-revalidate), so only the very first visitor
// of an answer waits for the count. Every answer states when it was counted. Nothing here is needed by another node.
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../platform/i18n/language';
import { requestLanguage } from './request-language';
import { LRUCache } from 'lru-cache';
import { acceptsGzip } from '../../platform/http/accept-encoding';

export interface PublicAnswer {
  body: string;
  contentType: string;
  /** For downloads: the file name the browser saves it under. */
  fileName?: string;
}

/** Distinct answers kept per node: every election × area × breakdown × language fits many times over. */
const MAX_ENTRIES = 2000;
/** A stale answer older than this is recounted before it is served (a day-old figure is no longer "recent"). */
const MAX_STALE_MS = 6 * 3_600_000;

interface Entry {
  answer: PublicAnswer;
  /** The body gzipped once when it was counted (large tables travel to phones: Open311's 1000 requests are 631 KB). */
  gzipped: Buffer | null;
  countedAt: number;
}

/** Below this a body travels as it is: gzip's header and the client's work would cost more than they save. */
const GZIP_FROM_BYTES = 1024;
const gzipOf = (body: string): Buffer | null =>
  Buffer.byteLength(body) < GZIP_FROM_BYTES ? null : zlib.gzipSync(body, { level: 6 });

export type CacheOutcome = 'hit' | 'stale' | 'miss';

export class PublicAnswerCache {
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly inFlight = new Map<string, Promise<PublicAnswer>>();
  private readonly now: () => number;
  private readonly onError: (err: unknown) => void;

  constructor(
    readonly seconds: number,
    opts: { now?: () => number; onError?: (err: unknown) => void } = {},
  ) {
    this.entries = seconds > 0 ? new LRUCache({ max: MAX_ENTRIES }) : null;
    this.now = opts.now ?? Date.now;
    this.onError = opts.onError ?? (() => undefined);
  }

  /** One computation per key at a time; its answer is kept when it succeeds. */
  private refresh(key: string, compute: () => Promise<PublicAnswer>): Promise<PublicAnswer> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      const started = this.now();
      pending = compute()
        .then((answer) => {
          this.entries?.set(key, { answer, gzipped: gzipOf(answer.body), countedAt: started });
          return answer;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** The answer for `key`: fresh, stale (and being refreshed), or counted now. */
  async get(
    key: string,
    compute: () => Promise<PublicAnswer>,
  ): Promise<{ answer: PublicAnswer; gzipped: Buffer | null; outcome: CacheOutcome }> {
    if (this.entries === null) return { answer: await compute(), gzipped: null, outcome: 'miss' };
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.countedAt : Infinity;
    if (entry && age < this.seconds * 1000) return { ...entry, outcome: 'hit' };
    if (entry && age < MAX_STALE_MS) {
      // The visitor gets the recent answer now; the recount's failure is logged, the stale answer kept.
      this.refresh(key, compute).catch(this.onError);
      return { ...entry, outcome: 'stale' };
    }
    const answer = await this.refresh(key, compute);
    return { answer, gzipped: this.entries.get(key)?.gzipped ?? null, outcome: 'miss' };
  }

  /**
   * Answers `request` from the cache: its key is the request's question in its language (a CSV link's `lang=`,
   * else Accept-Language), and `compute` counts it in that language when it must.
   */
  async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: (lang: Language) => Promise<PublicAnswer>,
  ): Promise<FastifyReply> {
    const lang = requestLanguage(request);
    return this.send(reply, answerKey(request.url, lang), () => compute(lang));
  }

  /** Sends a public answer with its caching headers (overriding the API's default no-store). */
  async send(reply: FastifyReply, key: string, compute: () => Promise<PublicAnswer>): Promise<FastifyReply> {
    const { answer, gzipped, outcome } = await this.get(key, compute);
    reply
      .header('content-type', answer.contentType)
      .header('cache-control', this.seconds > 0 ? `public, max-age=${this.seconds}` : 'no-cache')
      .header('vary', 'Accept-Language, Accept-Encoding')
      // Public figures without credentials: a newsroom's page or a researcher's notebook may read them directly.
      .header('access-control-allow-origin', '*')
      .header('x-netra-cache', outcome);
    if (answer.fileName) reply.header('content-disposition', `attachment; filename="${answer.fileName}"`);
    if (gzipped && acceptsGzip(reply.request.headers['accept-encoding']))
      return reply.header('content-encoding', 'gzip').send(gzipped);
    return reply.send(answer.body);
  }
}

/**
 * The cache key of a request: its path, its query in a fixed order, and its language, so that the same question
 * asked with its parameters in another order (the page, a script, the warm-up) shares one answer.
 */
export function answerKey(url: string, lang: string): string {
  const u = new URL(url, 'http://netra.invalid');
  u.searchParams.sort();
  return `${u.pathname}?${u.searchParams.toString()}|${lang}`;
}

export const json = (value: unknown): PublicAnswer => ({
  body: JSON.stringify(value),
  contentType: 'application/json; charset=utf-8',
});

export const csv = (body: string, fileName: string): PublicAnswer => ({
  body,
  contentType: 'text/csv; charset=utf-8',
  fileName,
});
