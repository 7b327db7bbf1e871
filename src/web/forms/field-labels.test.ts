import { describe, expect, it } from 'vitest';
import { CASE_ACTION_INPUTS } from '../../modules/cases/schema';
import { INTAKE_FORMS } from '../pages/cases/intake-forms';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { describeSchema } from './describe-schema';
import { labelKeys, optionKey } from './field-labels';
import type { FieldSpec } from './field-spec';

function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
}

/** Every field path and enum option of a form: [path, options]. */
function fieldsOf(specs: FieldSpec[], prefix: string[] = []): [string[], string[]][] {
  return specs.flatMap((s): [string[], string[]][] => {
    const path = [...prefix, s.name];
    if (s.kind === 'group') return [[path, []], ...fieldsOf(s.fields, path)];
    if (s.kind === 'repeat') return [[path, []], ...fieldsOf(s.item, path)];
    const options = s.kind === 'select' || s.kind === 'choices' ? s.options : [];
    return [[path, options]];
  });
}

const FORMS: [string, FieldSpec[]][] = [
  ...Object.entries(CASE_ACTION_INPUTS).map(([a, schema]): [string, FieldSpec[]] => [
    a,
    describeSchema(schema),
  ]),
  ...Object.values(INTAKE_FORMS).map(({ name, schema }): [string, FieldSpec[]] => [
    name,
    describeSchema(schema),
  ]),
];

describe('labels of the generated forms', () => {
  it.each([
    ['Indonesian', id],
    ['English', en],
  ])('every field and every choice of every action has a %s label', (_, messages) => {
    const missing: string[] = [];
    for (const [form, specs] of FORMS) {
      for (const [path, options] of fieldsOf(specs)) {
        if (!labelKeys(form, path).some((k) => typeof lookup(messages, k) === 'string'))
          missing.push(`${form}: ${path.join('.')}`);
        const field = path[path.length - 1] ?? '';
        for (const o of options)
          if (typeof lookup(messages, optionKey(field, o)) !== 'string') missing.push(`${field}=${o}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("a form's own label comes before the field name's", () => {
    expect(labelKeys('create_finding', ['subjects', '2', 'regionCode'])).toEqual([
      'caseForm.byAction.create_finding.subjects_regionCode',
      'caseForm.fields.regionCode',
    ]);
  });
});
