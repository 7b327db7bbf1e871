import os from 'node:os';
import type { LoopResult } from './measure';

/** The machine a figure was measured on; printed before every bench. */
export function machineLine(): string {
  const cpus = os.cpus();
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${gib} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Other work on the machine skews every rate; the load average says how much there was. */
export function loadLine(): string {
  const [one, five] = os.loadavg();
  return `load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min) on ${os.cpus().length} cores`;
}

export function heading(title: string, setup: string[]): void {
  process.stdout.write(`\n## ${title}\n`);
  for (const line of [...setup, `${loadLine()} when this section finished`])
    process.stdout.write(`   ${line}\n`);
}

export function formatRate(rate: number): string {
  return `${Math.round(rate).toLocaleString('en-US')}/s`;
}

function ms(v: number): string {
  return Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '–';
}

export interface Row {
  label: string;
  result: LoopResult;
  /** The rate this one is compared with (measured in the same run), and its name. */
  baseline?: { label: string; rate: number };
}

/** One line per measurement: rate, ratio to its baseline, latency percentiles, count, duration, errors. */
export function printRows(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const { label, result: r, baseline } of rows) {
    const ratio = baseline ? `  ×${(r.rate / baseline.rate).toFixed(3)} of ${baseline.label}` : '';
    process.stdout.write(
      `   ${label.padEnd(width)}  ${formatRate(r.rate).padStart(10)}  p50 ${ms(r.latencyMs.p50).padStart(8)}  ` +
        `p99 ${ms(r.latencyMs.p99).padStart(8)}  max ${ms(r.latencyMs.max).padStart(8)}  ` +
        `(${r.ops} ops in ${r.seconds.toFixed(1)} s${r.errors ? `, ${r.errors} errors` : ''})${ratio}\n`,
    );
  }
}
