// `netra cases …`: the overdue list (issue 4 §8) and a manual run of the deadline alerts job.
import type { Command } from 'commander';
import type { Pool } from 'pg';
import { z } from 'zod';
import type { Config } from '../config';
import { raiseDeadlineAlerts, ZCaseInboxQuery } from '../modules/cases';
import { findVisibleCases } from '../modules/cases/queries';
import { calendarDaysBetween, jakartaDate, type IsoDate } from '../platform/calendar';
import { ZIsoDate } from '../platform/calendar/schema';
import { AppError } from '../platform/errors/app-error';
import { withDatabase } from './commands';

// The CLI runs with the operator's full view, like an admin (it has the database anyway).
const OPERATOR = { role: 'admin', scope: {} } as const;

const ZOverdueFlags = z.strictObject({
  asOf: ZIsoDate.optional(),
  region: ZCaseInboxQuery.shape.regionCode,
  agency: ZCaseInboxQuery.shape.agencyCode,
  election: ZCaseInboxQuery.shape.electionId,
  json: z.boolean().optional(),
});
type OverdueFlags = z.infer<typeof ZOverdueFlags>;

export function parseOverdueFlags(flags: Record<string, unknown>): OverdueFlags {
  const parsed = ZOverdueFlags.safeParse(flags);
  if (parsed.success) return parsed.data;
  const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new AppError('VALIDATION_FAILED', {
    fields: parsed.error.issues.map((i) => ({ path: flag(i.path.join('.')), message: i.message })),
  });
}

export interface OverdueLine {
  referenceNumber: string;
  state: string;
  regionCode: string;
  agencyCode: string | null;
  dueOn: IsoDate;
  daysOverdue: number;
}

/** Every overdue open case, most overdue first (pages of 100 through the inbox query). */
export async function listOverdue(pool: Pool, flags: OverdueFlags, now: Date): Promise<OverdueLine[]> {
  const today = flags.asOf ?? jakartaDate(now);
  const lines: OverdueLine[] = [];
  for (let page = 1; ; page++) {
    const query = ZCaseInboxQuery.parse({
      overdue: 'true',
      regionCode: flags.region,
      agencyCode: flags.agency,
      electionId: flags.election,
      page: String(page),
      pageSize: '100',
    });
    const { rows } = await findVisibleCases(pool, OPERATOR, query, today);
    for (const r of rows)
      if (r.due_on)
        lines.push({
          referenceNumber: r.reference_number,
          state: r.state,
          regionCode: r.region_code,
          agencyCode: r.agency_code,
          dueOn: r.due_on,
          // Calendar days late: the due day itself is still in time.
          daysOverdue: calendarDaysBetween(r.due_on, today),
        });
    if (rows.length < 100) return lines;
  }
}

function printTable(lines: OverdueLine[]): void {
  if (lines.length === 0) {
    process.stdout.write('No overdue cases.\n');
    return;
  }
  const rows = lines.map((l) => [
    l.referenceNumber,
    l.state,
    l.regionCode,
    l.agencyCode ?? '-',
    l.dueOn,
    `${l.daysOverdue}`,
  ]);
  const head = ['REFERENCE', 'STATE', 'REGION', 'AGENCY', 'DUE', 'DAYS LATE'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of [head, ...rows])
    process.stdout.write(
      `${r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    );
  process.stdout.write(`${lines.length} overdue case(s).\n`);
}

export function registerCaseCommands(program: Command, config: () => Config): void {
  const cases = program.command('cases').description('Cases: deadlines and escalation');
  cases
    .command('overdue')
    .description('List open cases past their due date (most overdue first)')
    .option('--as-of <date>', 'the day to judge by, YYYY-MM-DD (default: today in Jakarta)')
    .option('--region <code>', 'only this region and below, e.g. 33 or 33.03')
    .option('--agency <code>', 'only this agency, e.g. pemda-33.03')
    .option('--election <id>', 'only this election, e.g. pilkada-2024')
    .option('--json', 'one JSON array instead of a table')
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseOverdueFlags(raw);
      const lines = await withDatabase(config(), (db) => listOverdue(db.pool, flags, new Date()));
      lines.sort(
        (a, b) => b.daysOverdue - a.daysOverdue || a.referenceNumber.localeCompare(b.referenceNumber),
      );
      if (flags.json) process.stdout.write(`${JSON.stringify(lines)}\n`);
      else printTable(lines);
    });
  cases
    .command('alerts')
    .description('Run the deadline alerts job once (it also runs every 15 minutes in `netra serve`)')
    .action(async () => {
      const run = await withDatabase(config(), (db) => raiseDeadlineAlerts(db.pool, new Date()));
      process.stdout.write(
        `Scanned ${run.casesScanned} case(s): ${run.overdue} overdue and ${run.escalation} escalation notification(s) recorded.\n`,
      );
    });
}
