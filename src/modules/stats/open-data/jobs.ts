// The open-data dump's job: once a day at 01:00 WIB (18:00 UTC), and at start-up if today's is missing.
import type { Pool } from 'pg';
import type { BlobStore } from '../../../platform/blobs/blob-store';
import type { RecurringJob } from '../../../platform/jobs/job-queue';
import { writeOpenDataDump } from './write-open-data';

export const WRITE_OPEN_DATA_JOB = 'stats.write-open-data';

export function openDataJobs(pool: Pool, blobs: BlobStore, now: () => Date): RecurringJob[] {
  return [
    { name: WRITE_OPEN_DATA_JOB, cron: '0 18 * * *', run: () => writeOpenDataDump(pool, blobs, now()) },
  ];
}
