import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPrefixBeforeSeq } from './audit-hash';

describe('audit hash input', () => {
  it.each([
    { data: {} },
    { data: { zeta: 1, seq: 'a data key named seq stays inside data', nested: { z: [1, 'ü'], a: null } } },
    { data: { reason: 'kutip "tanda" dan \\ garis miring\n baris baru' } },
  ])('is the canonical JSON of the whole record once the seq is appended (%#)', ({ data }) => {
    const record = {
      at: '2024-11-04T03:00:00.000Z',
      actorId: null,
      actorLabel: 'petugas@bawaslu.go.id',
      action: 'case.register_case',
      entityType: 'case',
      entityId: '0b6f6c8e-1f7d-4c1e-9a53-1b3f0c6e2a11',
      data,
    };
    for (const seq of [1, 42, 1_000_000]) {
      expect(`${canonicalPrefixBeforeSeq(record)}${seq}}`).toBe(canonicalJson({ ...record, seq }));
    }
  });
});
