import { describe, expect, it } from 'vitest';
import { CASE_ACTION_INPUTS } from '../../modules/cases/schema';
import { apiFieldErrors, validateInput, type IssueTexts } from './validate-input';

const texts: IssueTexts = {
  required: 'required',
  choose: 'choose',
  tick: 'tick',
  minChars: (n) => `min ${n}`,
  maxChars: (n) => `max ${n}`,
  minItems: (n) => `min ${n} items`,
  maxItems: (n) => `max ${n} items`,
};
const opts = (translate = (m: string) => m) => ({ language: 'id' as const, texts, translate });

describe('validating a generated form', () => {
  it('says in plain words what each field lacks: empty, unticked, unchosen, too short', () => {
    const result = validateInput(CASE_ACTION_INPUTS.register_case, { registrationNumber: '' }, opts());
    expect(result.ok ? {} : result.errors).toEqual({
      registrationNumber: 'required',
      formalRequirementsMet: 'tick',
      materialRequirementsMet: 'tick',
    });
    const rejection = validateInput(
      CASE_ACTION_INPUTS.reject_formal,
      { unmetRequirements: [], reason: 'ab' },
      opts(),
    );
    expect(rejection.ok ? {} : rejection.errors).toEqual({
      unmetRequirements: 'min 1 items',
      reason: 'min 3',
    });
    const forward = validateInput(CASE_ACTION_INPUTS.forward_other, { destination: '' }, opts());
    expect(forward.ok ? {} : forward.errors.destination).toBe('choose');
  });

  it("falls back to zod's Indonesian message for what has no plain words", () => {
    const input = { ground: 'duplicate', duplicateOfCaseId: 'bukan-uuid', reason: 'Sama dengan kasus lain' };
    const result = validateInput(CASE_ACTION_INPUTS.invalidate_case, input, opts());
    expect(result.ok ? '' : result.errors.duplicateOfCaseId).toMatch(/tidak valid/i);
  });

  it('a message the schema wrote itself goes through the translation', () => {
    const input = { ground: 'duplicate', reason: 'Sama dengan kasus lain' };
    const result = validateInput(
      CASE_ACTION_INPUTS.invalidate_case,
      input,
      opts((m) => `<${m}>`),
    );
    expect(result.ok ? {} : result.errors).toEqual({
      duplicateOfCaseId: '<required when the ground is duplicate>',
    });
  });

  it("the server's field paths lose their body prefix; one outside the prefix belongs to the whole form", () => {
    const errors = apiFieldErrors(
      [
        { path: 'body.input.documentIds', message: 'perlu dokumen' },
        { path: 'body.expectedVersion', message: 'salah' },
      ],
      'body.input.',
    );
    expect(errors).toEqual({ documentIds: 'perlu dokumen', '': 'salah' });
  });
});
