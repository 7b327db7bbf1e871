import { z } from 'zod';
import { isIsoDateString } from '../../platform/calendar/schema';
import type { FieldSpec, ListSpec } from './field-spec';

/** Free text longer than this gets a multi-line box. */
const TEXTAREA_FROM = 500;

type AnySchema = z.core.$ZodType;

function lengthLimit(schema: AnySchema, check: 'min_length' | 'max_length'): number | undefined {
  for (const c of schema._zod.def.checks ?? []) {
    const def = c._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === check) return check === 'min_length' ? def.minimum : def.maximum;
  }
  return undefined;
}

// ZodIsoDate is a string refined with isIsoDateString: that refinement is what makes a field a date.
function isIsoDate(schema: AnySchema): boolean {
  return (schema._zod.def.checks ?? []).some((c) => (c._zod.def as { fn?: unknown }).fn === isIsoDateString);
}

function listSpec(name: string, array: z.ZodArray, base: Omit<ListSpec, 'kind' | 'options'>): FieldSpec {
  const element = array.element;
  if (element instanceof z.ZodEnum) return { ...base, kind: 'choices', options: element.options.map(String) };
  if (element instanceof z.ZodObject) {
    return { ...base, kind: 'repeat', item: describeSchema(element) };
  }
  // Ids of uploaded files: picked from the case's documents (the only uuid lists in the action inputs).
  if (element instanceof z.ZodStringFormat && element.format === 'uuid') {
    return { ...base, kind: 'documents', options: [] };
  }
  if (element instanceof z.ZodString) return { ...base, kind: 'codes', options: [] };
  throw new Error(`no form control for the list ${name}`);
}

/** The field for one property; `isOptional` is set by the optional/default wrappers around it. */
function fieldSpec(name: string, schema: AnySchema, isOptional: boolean, description?: string): FieldSpec {
  const base = { name, isOptional, description: description ?? (schema as z.ZodType).description };
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return fieldSpec(name, schema.unwrap(), true, base.description);
  }
  if (schema instanceof z.ZodDefault) {
    return fieldSpec(name, schema.unwrap(), true, base.description);
  }
  if (schema instanceof z.ZodObject) return { ...base, kind: 'group', fields: describeSchema(schema) };
  if (schema instanceof z.ZodArray) {
    const limits = {
      minItems: lengthLimit(schema, 'min_length') ?? 0,
      maxItems: lengthLimit(schema, 'max_length'),
    };
    return listSpec(name, schema, { ...base, ...limits });
  }
  if (schema instanceof z.ZodEnum) return { ...base, kind: 'select', options: schema.options.map(String) };
  if (schema instanceof z.ZodLiteral && schema.values.has(true) && schema.values.size === 1) {
    return { ...base, kind: 'confirm' };
  }
  if (schema instanceof z.ZodBoolean) return { ...base, kind: 'checkbox' };
  if (schema instanceof z.ZodNumber) return { ...base, kind: 'number' };
  if (schema instanceof z.ZodStringFormat && schema.format === 'uuid') return { ...base, kind: 'uuid' };
  if (schema instanceof z.ZodString) {
    if (isIsoDate(schema)) return { ...base, kind: 'date' };
    const maxLength = schema.maxLength ?? undefined;
    const kind = maxLength !== undefined && maxLength > TEXTAREA_FROM ? 'textarea' : 'text';
    return maxLength === undefined ? { ...base, kind } : { ...base, kind, maxLength };
  }
  throw new Error(`no form control for ${name} (${schema._zod.def.type})`);
}

/**
 * The fields of an object schema, in its order: enums become menus, `true` literals required checkboxes, ISO
 * dates date inputs, lists of enums checkbox groups, lists of objects repeatable groups. Throws on a schema it
 * cannot draw, so a new input type fails the tests rather than showing a broken form.
 */
export function describeSchema(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => fieldSpec(name, field as AnySchema, false));
}
