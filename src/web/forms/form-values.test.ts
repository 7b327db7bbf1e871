import { describe, expect, it } from 'vitest';
import { ZCreateIntakeInput } from '../../modules/cases/case-api-schema';
import { CASE_ACTION_INPUTS } from '../../modules/cases/schema';
import { describeSchema } from './describe-schema';
import { fieldPaths, initialValues, setAt, toInput } from './form-values';

describe('form values', () => {
  it('a fresh temuan form has one empty subject and unticked boxes', () => {
    const values = initialValues(describeSchema(ZCreateIntakeInput));
    expect(values.subjects).toEqual([
      expect.objectContaining({ name: '', isRegionalHeadStaff: false, asnType: '' }),
    ]);
    expect(values.act).toEqual({ date: '', knownOn: '', place: '' });
  });

  it('empty optional fields are left out of the input, empty required ones are kept for the schema to refuse', () => {
    const specs = describeSchema(CASE_ACTION_INPUTS.register_case);
    const input = toInput(specs, initialValues(specs));
    expect(input).toEqual({
      registrationNumber: '',
      formalRequirementsMet: false,
      materialRequirementsMet: false,
    });
  });

  it('values set inside a repeat item reach the input at that item', () => {
    const specs = describeSchema(CASE_ACTION_INPUTS.start_clarification);
    let values = initialValues(specs);
    values = setAt(values, ['invitees', '0', 'name'], 'Budi');
    values = setAt(values, ['scheduledOn'], '2024-03-12');
    expect(toInput(specs, values)).toEqual({
      invitees: [{ name: 'Budi', role: '' }],
      scheduledOn: '2024-03-12',
    });
  });

  it('a filled register_case form parses with the action schema', () => {
    const specs = describeSchema(CASE_ACTION_INPUTS.register_case);
    let values = initialValues(specs);
    values = setAt(values, ['registrationNumber'], '001/Reg/2024');
    values = setAt(values, ['formalRequirementsMet'], true);
    values = setAt(values, ['materialRequirementsMet'], true);
    expect(CASE_ACTION_INPUTS.register_case.parse(toInput(specs, values))).toEqual({
      registrationNumber: '001/Reg/2024',
      formalRequirementsMet: true,
      materialRequirementsMet: true,
      documentIds: [],
    });
  });

  it('knows the path of every drawn field, inside groups and each repeat item', () => {
    const specs = describeSchema(ZCreateIntakeInput);
    const paths = fieldPaths(specs, initialValues(specs));
    for (const p of ['electionId', 'act', 'act.date', 'subjects', 'subjects.0.name', 'intake.summary'])
      expect(paths.has(p), p).toBe(true);
    expect(paths.has('subjects.1.name')).toBe(false);
  });
});
