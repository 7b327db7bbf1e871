// Background jobs on pg-boss 10 (ARCHITECTURE.md §1: polling works over PGlite's socket, LISTEN/NOTIFY does
// not; v12 needs Node 22). pg-boss runs its SQL through our pool, so the embedded database keeps its one
// connection (src/db/database.ts PGLITE_POOL_SIZE) and PostgreSQL its configured pool.
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';

/** A recurring job: its name (`<module>.<verb>-<noun>`, STYLE.md), its cron (UTC) and its work. */
export interface RecurringJob {
  name: string;
  cron: string;
  run: () => Promise<unknown>;
}

export interface JobQueue {
  /** Queues one run of `name` now (e.g. at start-up, or from a CLI). */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** How often workers poll for due jobs; pg-boss's floor is 0.5 s. */
  pollingIntervalSeconds?: number;
  onError?: (err: Error) => void;
}

export async function startJobQueue(
  pool: Pool,
  jobs: readonly RecurringJob[],
  opts: JobQueueOptions = {},
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (err: Error) => opts.onError?.(err));
  await boss.start();
  for (const job of jobs) {
    // singleton: one run at a time across every node sharing the database.
    await boss.createQueue(job.name, { name: job.name, policy: 'singleton' });
    await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async () => {
      await job.run();
    });
    await boss.schedule(job.name, job.cron);
  }
  return {
    runNow: async (name) => {
      await boss.send(name, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
