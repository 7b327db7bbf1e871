// The flags of `netra demo` and `netra stats publish` are checked before the database opens: a wrong one is one
// line naming it (the CLI exits 2 on AppError).
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error';
import { DEMO_SEED } from '../modules/demo/generate-demo-history';
import { parseDemoFlags } from './demo-commands';
import { parsePublishFlags } from './stats-commands';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return (err.fields ?? []).map((f) => f.path);
    throw err;
  }
  return [];
}

describe('netra demo flags', () => {
  it('defaults to both elections and the tested seed', () => {
    expect(parseDemoFlags({ history: true })).toEqual({
      history: true,
      elections: ['pilkada-2020', 'pemilu-2024'],
      seed: DEMO_SEED,
    });
    expect(parseDemoFlags({ history: false, elections: 'pemilu-2024', seed: '7' })).toEqual({
      history: false,
      elections: ['pemilu-2024'],
      seed: 7,
    });
  });

  it('refuses an election without a demo history and a seed that is not a whole number', () => {
    expect(fieldsOf(() => parseDemoFlags({ history: true, elections: 'pilkada-2024', seed: '-1' }))).toEqual([
      '--elections',
      '--seed',
    ]);
  });
});

describe('netra stats publish flags', () => {
  it('takes an id, a title and a day', () => {
    expect(
      parsePublishFlags({ id: 'pilkada-2020-jan', title: 'Pilkada 2020', asOf: '2021-01-31' }),
    ).toMatchObject({
      id: 'pilkada-2020-jan',
      asOf: '2021-01-31',
    });
  });

  it('names each wrong flag', () => {
    expect(fieldsOf(() => parsePublishFlags({ id: 'Bad Id', title: 'x', asOf: '2021-02-30' }))).toEqual([
      '--id',
      '--title',
      '--as-of',
    ]);
  });
});
