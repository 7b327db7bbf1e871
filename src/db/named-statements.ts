// Named (server-side prepared) statements for the hot paths on PostgreSQL.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Queryable } from './database';

/**
 * Pools (and their clients) whose connections each own a server session, so a statement prepared on one stays
 * valid for that connection's life. PGlite is absent on purpose: its socket connections share one backend
 * session, so a new connection would find the name already taken ("prepared statement … already exists").
 */
const ownSessions = new WeakSet<object>();

/** Marks a PostgreSQL pool, and every client it connects, as able to keep named statements. */
export function enableNamedStatements(pool: pg.Pool): void {
  ownSessions.add(pool);
  pool.on('connect', (client) => ownSessions.add(client));
}

/** `wrapper` (a proxy of `db`, e.g. a timing one) keeps named statements where `db` does. */
export function namedStatementsLike(wrapper: object, db: object): void {
  if (ownSessions.has(db)) ownSessions.add(wrapper);
}

/**
 * The query config of `text`, named after its hash where the connection keeps prepared statements. A named
 * statement is parsed and planned once per connection; PostgreSQL then reuses a generic plan after five custom
 * ones when it is no costlier, which a lookup by primary key always is. Measured on the transition's read and
 * write at 1 M cases (bench/README.md): planning was half of the read's time. The name is a hash of the text, so
 * two texts never share a name (node-postgres refuses a name reused with another text).
 */
export function statement(db: Queryable, text: string, values: unknown[]): pg.QueryConfig {
  if (!ownSessions.has(db)) return { text, values };
  const name = `netra_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  return { name, text, values };
}
