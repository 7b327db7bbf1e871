import { describe, expect, it } from 'vitest';
import { inboxApiPath, inboxTab, pageSizeOf } from './inbox-query';

const params = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const query = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

describe('inbox query', () => {
  it('opens on my tasks, sorted by due date, 25 a page', () => {
    expect(query(inboxApiPath(params({}), 1, '2024-03-10'))).toEqual({
      mine: 'true',
      sort: 'due_on',
      page: '1',
      pageSize: '25',
    });
  });

  it('the due-soon tab asks for open cases not yet overdue and due within three days', () => {
    const q = query(inboxApiPath(params({ tab: 'due_soon' }), 1, '2024-02-28'));
    expect(q).toMatchObject({ overdue: 'false', dueBefore: '2024-03-02' });
    expect(q.mine).toBeUndefined();
  });

  it('the overdue tab and the filters from the address bar reach the API under their own names', () => {
    const q = query(
      inboxApiPath(
        params({ tab: 'overdue', electionId: 'pilkada-2024', regionCode: '33.03', q: 'NTR', page: '3' }),
        2,
        '2024-03-10',
      ),
    );
    expect(q).toMatchObject({ overdue: 'true', electionId: 'pilkada-2024', regionCode: '33.03', q: 'NTR' });
    expect(q.page).toBe('2');
  });

  it('unknown tab, page size and sort values fall back to the defaults', () => {
    expect(inboxTab('everything')).toBe('mine');
    expect(pageSizeOf('1000')).toBe(25);
    expect(query(inboxApiPath(params({ tab: 'all', sort: 'name' }), 1, '2024-03-10'))).toEqual({
      sort: 'due_on',
      page: '1',
      pageSize: '25',
    });
  });
});
