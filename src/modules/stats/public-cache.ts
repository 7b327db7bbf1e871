// Public statistics answers reused for a short while (NETRA_STATS_CACHE_SECONDS, default 60 s) on each node, and
// marked cacheable for browsers and proxies for as long: the figures are the same for everyone, journalists link
// to them, and recounting a national table for every visitor would put the public page on the case database's
// critical path (issue 5 benchmark: public endpoints ≤ 3× SELECT 1). Each answer states when it was counted, so
// a reader can tell its age. Nothing here is needed by another node: a miss recounts.
import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';

export interface PublicAnswer {
  body: string;
  contentType: string;
  /** For downloads: the file name the browser saves it under. */
  fileName?: string;
}

/** Distinct answers kept per node: every election × area × breakdown × language fits many times over. */
const MAX_ENTRIES = 2000;

export class PublicAnswerCache {
  private readonly answers: LRUCache<string, PublicAnswer> | null;
  private readonly inFlight = new Map<string, Promise<PublicAnswer>>();

  constructor(readonly seconds: number) {
    this.answers = seconds > 0 ? new LRUCache({ max: MAX_ENTRIES, ttl: seconds * 1000 }) : null;
  }

  /** The answer for `key`: reused while fresh; concurrent misses share one computation. */
  async get(
    key: string,
    compute: () => Promise<PublicAnswer>,
  ): Promise<{ answer: PublicAnswer; hit: boolean }> {
    const cached = this.answers?.get(key);
    if (cached) return { answer: cached, hit: true };
    if (this.answers === null) return { answer: await compute(), hit: false };
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = compute().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const answer = await pending;
    this.answers.set(key, answer);
    return { answer, hit: false };
  }

  /** Sends a public answer with its caching headers (overriding the API's default no-store). */
  async send(reply: FastifyReply, key: string, compute: () => Promise<PublicAnswer>): Promise<FastifyReply> {
    const { answer, hit } = await this.get(key, compute);
    reply
      .header('content-type', answer.contentType)
      .header('cache-control', this.seconds > 0 ? `public, max-age=${this.seconds}` : 'no-cache')
      .header('vary', 'Accept-Language')
      .header('x-netra-cache', hit ? 'hit' : 'miss');
    if (answer.fileName) reply.header('content-disposition', `attachment; filename="${answer.fileName}"`);
    return reply.send(answer.body);
  }
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
