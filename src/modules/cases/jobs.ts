// The cases module's background jobs (ARCHITECTURE.md §1, pg-boss): the deadline alerts, every 15 minutes.
// Working days and deadlines are whole Jakarta days, so a quarter-hour is far finer than any deadline needs;
// it only bounds how late after midnight (WIB) a newly overdue case is flagged.
import type { Pool } from 'pg';
import type { RecurringJob } from '../../platform/jobs/job-queue';
import { raiseDeadlineAlerts } from './actions/raise-deadline-alerts';

export const RAISE_DEADLINE_ALERTS_JOB = 'cases.raise-deadline-alerts';

export function caseJobs(pool: Pool, now: () => Date): RecurringJob[] {
  return [
    {
      name: RAISE_DEADLINE_ALERTS_JOB,
      cron: '*/15 * * * *',
      run: () => raiseDeadlineAlerts(pool, now()),
    },
  ];
}
