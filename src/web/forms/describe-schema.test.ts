import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZCreateIntakeInput } from '../../modules/cases/case-api-schema';
import { CASE_ACTION_INPUTS } from '../../modules/cases/schema';
import { describeSchema } from './describe-schema';
import type { FieldSpec } from './field-spec';

const byName = (specs: FieldSpec[], name: string) => specs.find((s) => s.name === name);

describe('form fields described from a zod schema', () => {
  it('every action input and the temuan form can be drawn', () => {
    for (const [action, schema] of Object.entries(CASE_ACTION_INPUTS)) {
      expect(() => describeSchema(schema), action).not.toThrow();
    }
    expect(() => describeSchema(ZCreateIntakeInput)).not.toThrow();
  });

  it('register_case: two required confirmations, a text, an optional note and optional documents', () => {
    const specs = describeSchema(CASE_ACTION_INPUTS.register_case);
    expect(specs.map((s) => [s.name, s.kind, s.isOptional])).toEqual([
      ['registrationNumber', 'text', false],
      ['formalRequirementsMet', 'confirm', false],
      ['materialRequirementsMet', 'confirm', false],
      ['note', 'textarea', true],
      ['documentIds', 'documents', true],
    ]);
  });

  it('dates, enums, lists of enums and lists of objects get their own controls', () => {
    const clarification = describeSchema(CASE_ACTION_INPUTS.start_clarification);
    expect(byName(clarification, 'scheduledOn')?.kind).toBe('date');
    const invitees = byName(clarification, 'invitees');
    expect(invitees).toMatchObject({ kind: 'repeat', minItems: 1 });
    expect(invitees?.kind === 'repeat' && invitees.item.map((f) => f.kind)).toEqual(['text', 'select']);
    const rejection = describeSchema(CASE_ACTION_INPUTS.reject_formal);
    expect(byName(rejection, 'unmetRequirements')).toMatchObject({ kind: 'choices', minItems: 1 });
    const proven = describeSchema(CASE_ACTION_INPUTS.recommend_proven);
    expect(byName(proven, 'sanctionTypeCodes')).toMatchObject({ kind: 'codes', minItems: 1, maxItems: 5 });
    expect(byName(proven, 'track')).toMatchObject({ kind: 'select', options: ['ethics', 'discipline'] });
  });

  it('the temuan form nests the act and intake as groups and the subjects as a repeat', () => {
    const specs = describeSchema(ZCreateIntakeInput);
    expect(byName(specs, 'act')?.kind).toBe('group');
    expect(byName(specs, 'subjects')).toMatchObject({ kind: 'repeat', minItems: 1, maxItems: 20 });
    expect(byName(specs, 'violationFormCodes')).toMatchObject({ kind: 'codes', isOptional: true });
    const duplicate = describeSchema(CASE_ACTION_INPUTS.invalidate_case);
    expect(byName(duplicate, 'duplicateOfCaseId')).toMatchObject({ kind: 'uuid', isOptional: true });
  });

  it('a schema it cannot draw is refused by name, not drawn half', () => {
    expect(() => describeSchema(z.object({ when: z.date() }))).toThrow(/when/);
  });
});
