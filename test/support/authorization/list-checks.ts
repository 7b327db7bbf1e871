// What a list answer must hold for one caller: exactly what the caller may see, and totals that agree with it.
// Each check returns its problems (empty: the answer is right).
import type { LightMyRequestResponse } from 'fastify';
import { isOpen, type KnownCase } from './case-fixture';
import type { ListProbe } from './list-probes';

/** An inbox page: no case outside `seen`, none missing when the probe is exact, a total that agrees. */
export function caseListProblems(
  res: LightMyRequestResponse,
  probe: ListProbe,
  seen: readonly KnownCase[],
  known: readonly KnownCase[],
): string[] {
  const wanted = seen.filter(probe.matches);
  const page = res.json<{ items: { id: string }[]; total: number }>();
  const ids = page.items.map((i) => i.id);
  const unknown = ids.filter((id) => !known.some((c) => c.id === id));
  const unexpected = ids.filter((id) => !unknown.includes(id) && !wanted.some((c) => c.id === id));
  const missing = probe.exact ? wanted.filter((c) => !ids.includes(c.id)) : [];
  const problems: string[] = [];
  if (unexpected.length > 0) problems.push(`lists ${unexpected.length} case(s) it should not`);
  if (unknown.length > 0)
    problems.push(`lists ${unknown.length} case(s) unknown to the matrix (a failed cell?)`);
  if (missing.length > 0) problems.push(`misses ${missing.map((c) => c.label).join(', ')}`);
  if (probe.exact && page.total !== wanted.length) {
    problems.push(`total ${page.total}, the role may see ${wanted.length}`);
  }
  if (!probe.exact && page.total !== ids.length) problems.push(`total ${page.total} for ${ids.length} items`);
  return problems;
}

/** The tab counts: open is exactly the open cases in scope; the others count within the scope too. */
export function caseCountProblems(res: LightMyRequestResponse, seen: readonly KnownCase[]): string[] {
  const open = seen.filter(isOpen).length;
  const counts = res.json<{ open: number; mine: number; dueSoon: number; overdue: number }>();
  const problems: string[] = [];
  if (counts.open !== open) problems.push(`open ${counts.open}, the role may see ${open} open cases`);
  if (counts.mine > seen.length) problems.push(`mine ${counts.mine} > ${seen.length} cases in scope`);
  if (counts.dueSoon > open) problems.push(`dueSoon ${counts.dueSoon} > ${open} open in scope`);
  if (counts.overdue > open) problems.push(`overdue ${counts.overdue} > ${open} open in scope`);
  return problems;
}

/** The notification list: exactly the notifications addressed to the caller (`wanted` ids). */
export function notificationListProblems(res: LightMyRequestResponse, wanted: readonly string[]): string[] {
  const list = res.json<{ items: { id: string }[]; unread: number }>();
  const ids = list.items.map((i) => i.id);
  const problems: string[] = [];
  if (ids.some((id) => !wanted.includes(id)))
    problems.push('lists a notification not addressed to the caller');
  if (wanted.some((id) => !ids.includes(id))) problems.push('misses a notification addressed to the caller');
  if (list.unread > wanted.length) problems.push(`unread ${list.unread} > ${wanted.length} addressed`);
  return problems;
}
