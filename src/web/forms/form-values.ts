import type { FieldSpec } from './field-spec';

/** What the controls hold: text (also dates and menus), ticks, picked values, nested groups and repeats. */
export type FormValue = string | boolean | string[] | FormValues | FormValues[];
export interface FormValues {
  [name: string]: FormValue;
}

/** Empty controls for `specs`; a repeat starts with as many items as the schema requires (at least one). */
export function initialValues(specs: FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    switch (spec.kind) {
      case 'checkbox':
      case 'confirm':
        values[spec.name] = false;
        break;
      case 'choices':
      case 'codes':
      case 'documents':
        values[spec.name] = [];
        break;
      case 'group':
        values[spec.name] = initialValues(spec.fields);
        break;
      case 'repeat':
        values[spec.name] = Array.from({ length: Math.max(1, spec.minItems) }, () =>
          initialValues(spec.item),
        );
        break;
      default:
        values[spec.name] = '';
    }
  }
  return values;
}

function inputOf(spec: FieldSpec, value: FormValue | undefined): unknown {
  switch (spec.kind) {
    case 'checkbox':
    case 'confirm':
      return value === true;
    case 'choices':
    case 'codes':
    case 'documents': {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return list.length === 0 && spec.isOptional ? undefined : list;
    }
    case 'group':
      return toInput(spec.fields, (value ?? {}) as FormValues);
    case 'repeat':
      return ((value ?? []) as FormValues[]).map((item) => toInput(spec.item, item));
    case 'number': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') return spec.isOptional ? undefined : text;
      return Number(text);
    }
    default: {
      // An empty optional field is left out (zod would refuse '' for a date or a too-short text).
      const text = typeof value === 'string' ? value : '';
      return text.trim() === '' && spec.isOptional ? undefined : text;
    }
  }
}

/** The input object the schema parses: empty optional fields left out, numbers as numbers. */
export function toInput(specs: FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const spec of specs) {
    const v = inputOf(spec, values[spec.name]);
    if (v !== undefined) input[spec.name] = v;
  }
  return input;
}

/** A copy of `values` with the value at `path` (keys and repeat indices) replaced. */
export function setAt(values: FormValues, path: string[], value: FormValue): FormValues {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  const current = values[head];
  if (rest.length === 0) return { ...values, [head]: value };
  if (Array.isArray(current) && current.every((x) => typeof x === 'object')) {
    const items = [...current];
    const index = Number(rest[0]);
    items[index] = setAt(items[index] ?? {}, rest.slice(1), value);
    return { ...values, [head]: items };
  }
  return { ...values, [head]: setAt((current ?? {}) as FormValues, rest, value) };
}

/** Every path the form draws a control or a list for (`reason`, `subjects`, `subjects.0.name`), dotted. */
export function fieldPaths(specs: FieldSpec[], values: FormValues, prefix: string[] = []): Set<string> {
  const paths = new Set<string>();
  for (const spec of specs) {
    const path = [...prefix, spec.name];
    paths.add(path.join('.'));
    const value = values[spec.name];
    if (spec.kind === 'group') {
      for (const p of fieldPaths(spec.fields, (value ?? {}) as FormValues, path)) paths.add(p);
    } else if (spec.kind === 'repeat' && Array.isArray(value)) {
      (value as FormValues[]).forEach((item, i) => {
        for (const p of fieldPaths(spec.item, item, [...path, String(i)])) paths.add(p);
      });
    }
  }
  return paths;
}
