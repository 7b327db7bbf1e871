// The inbox queries each role sends: a filter or a search must never reach past the caller's scope, so each probe
// names the cases it matches and the runner expects exactly the matching cases the role may see.
import type { KnownCase } from './case-fixture';

export interface ListProbe {
  label: string;
  query: string;
  matches: (c: KnownCase) => boolean;
  /** false: the answer may hold fewer (the "my tasks" filter depends on the workflow, not only on scope). */
  exact: boolean;
}

const within = (code: string, area: string) => code === area || code.startsWith(`${area}.`);

export function listProbes(shared: readonly KnownCase[]): ListProbe[] {
  const probes: ListProbe[] = [
    { label: 'everything', query: '', matches: () => true, exact: true },
    {
      label: 'regionCode=35',
      query: 'regionCode=35',
      matches: (c) => within(c.regionCode, '35'),
      exact: true,
    },
    {
      label: 'regionCode=33.03',
      query: 'regionCode=33.03',
      matches: (c) => within(c.regionCode, '33.03'),
      exact: true,
    },
    {
      label: 'agencyCode=kl-kemenag',
      query: 'agencyCode=kl-kemenag',
      matches: (c) => c.agencyCode === 'kl-kemenag',
      exact: true,
    },
    {
      label: 'agencyCode=pemda-35.78',
      query: 'agencyCode=pemda-35.78',
      matches: (c) => c.agencyCode === 'pemda-35.78',
      exact: true,
    },
    {
      label: 'state=awaiting_ppk',
      query: 'state=awaiting_ppk',
      matches: (c) => c.state === 'awaiting_ppk',
      exact: true,
    },
    { label: 'mine=true', query: 'mine=true', matches: () => true, exact: false },
  ];
  for (const c of shared) {
    const name = c.subjectNames[0] ?? '';
    probes.push(
      {
        label: `q=reference of ${c.label}`,
        query: `q=${encodeURIComponent(c.referenceNumber)}`,
        matches: (x) => x.referenceNumber === c.referenceNumber,
        exact: true,
      },
      {
        label: `q=subject of ${c.label}`,
        query: `q=${encodeURIComponent(name)}`,
        matches: (x) => x.subjectNames.some((n) => n.toLowerCase().includes(name.toLowerCase())),
        exact: true,
      },
    );
  }
  return probes;
}
