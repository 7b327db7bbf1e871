import { ConfigError, type Config } from '../config';
import { hasDemoStaff, hasNoStaff, identityKeys, seedDemoStaff } from '../modules/identity';
import { reporterIdentityKey } from '../modules/cases';
import { generateDemoHistory } from '../modules/demo/generate-demo-history';
import { BlobStore } from '../platform/blobs/blob-store';
import { warmPublicAnswers } from '../modules/stats/warm-public-answers';
import { findElectionIds } from '../modules/reference';
import { openAndPrepare } from '../prepare-database';
import { buildApp } from '../server';
import { caseJobs, RAISE_DEADLINE_ALERTS_JOB } from '../modules/cases';
import { startJobQueue, type JobQueue } from '../platform/jobs/job-queue';
import { openDataJobs, WRITE_OPEN_DATA_JOB } from '../modules/stats/open-data/jobs';

/** Starts Netra and stops cleanly on SIGINT/SIGTERM (the embedded lock is released on the way out). */
export async function serve(config: Config): Promise<void> {
  // Before opening anything: PostgreSQL without NETRA_SECRET_KEY refuses here with one line.
  const keys = identityKeys(config);
  const db = await openAndPrepare(config, { log: (l) => process.stdout.write(`${l}\n`) });
  let demoLines: string[] = [];
  try {
    // Demo accounts only on a fresh embedded data dir; PostgreSQL gets them only from `netra demo`.
    if (db.kind === 'pglite' && config.demo && (await hasNoStaff(db.pool))) {
      demoLines = await seedDemoStaff(db.pool, { keys });
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const now = () => new Date();
  const app = await buildApp({ config, db, now });
  let jobs: JobQueue | null = null;
  const history = new AbortController();
  let writingHistory: Promise<unknown> = Promise.resolve();
  let afterHistory: Promise<unknown> = Promise.resolve();
  const stop = async (): Promise<void> => {
    history.abort();
    await app.close();
    await jobs?.stop();
    await writingHistory;
    await afterHistory;
    await db.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  try {
    await app.listen({ port: config.http.port, host: config.http.host });
  } catch (err) {
    await stop();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new ConfigError(
        `Cannot listen on ${config.http.host}:${config.http.port} (${code}): set PORT or HOST.`,
      );
    }
    throw err;
  }
  if (config.jobs) {
    const blobs = BlobStore.inDataDir(config.dataDir);
    jobs = await startJobQueue(db.pool, [...caseJobs(db.pool, now), ...openDataJobs(db.pool, blobs, now)], {
      onError: (err) => app.log.error({ err }, 'background job failed'),
    });
    // Catch up at once rather than at the next quarter-hour (after a restart, a holiday weekend …).
    await jobs.runNow(RAISE_DEADLINE_ALERTS_JOB);
  }
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  process.stdout.write(
    `Netra is running at http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port} (${where})\n`,
  );
  if (demoLines.length) process.stdout.write(`${demoLines.join('\n')}\n`);
  // A demo instance gets the demo history too, written in the background so the app is usable at once; it resumes
  // after a restart (the generator skips what is written). PostgreSQL gets it only from `netra demo`.
  if (db.kind === 'pglite' && config.demo && (await hasDemoStaff(db.pool))) {
    const started = Date.now();
    writingHistory = generateDemoHistory({
      pool: db.pool,
      blobs: BlobStore.inDataDir(config.dataDir),
      reporterKey: reporterIdentityKey(config),
      now: new Date(),
      signal: history.signal,
      log: (line) => process.stdout.write(`${line}\n`),
    })
      .then((run) => {
        if (run.cases > 0)
          app.log.info(
            `demo history: ${run.cases} cases written in ${Math.round((Date.now() - started) / 1000)} s`,
          );
      })
      .catch((err: unknown) => app.log.error({ err }, 'demo history failed'));
  }
  // Both after the demo history when one is being written: a dump or an answer counted before it would be stale
  // at once, and their counts would compete with its writes for the database.
  afterHistory = writingHistory.then(async () => {
    if (history.signal.aborted) return;
    // Today's open-data dump, if the node was down at 01:00 WIB (writing it twice is a no-op, and a dump is
    // frozen once written: on a fresh demo instance it must hold the history).
    await jobs
      ?.runNow(WRITE_OPEN_DATA_JOB)
      .catch((err: unknown) => app.log.error({ err }, 'queueing the open-data dump failed'));
    // Each node fills its public answers in the background (warm-public-answers.ts), served stale once more
    // otherwise (public-cache.ts).
    if (config.statsCacheSeconds > 0) {
      try {
        await warmPublicAnswers(app, await findElectionIds(db.pool));
      } catch (err) {
        app.log.error({ err }, 'warming the public statistics failed');
      }
    }
  });
  await new Promise<void>(() => undefined);
}
