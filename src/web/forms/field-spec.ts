/**
 * A form field as the generated forms see it: which control to draw and what the schema asks of it. Built from
 * a zod schema by describeSchema (describe-schema.ts), so a form never restates its input schema.
 */
export type FieldSpec = ScalarSpec | ChoiceSpec | ListSpec | GroupSpec | RepeatSpec;

interface Common {
  /** The key in its object (`reason`); labels and values are found by it. */
  name: string;
  isOptional: boolean;
  /** The schema's `.describe()` text (English), shown only where no translated label exists. */
  description: string | undefined;
}

export interface ScalarSpec extends Common {
  kind: 'text' | 'textarea' | 'date' | 'uuid' | 'number' | 'checkbox' | 'confirm';
  maxLength?: number;
}

/** One of a fixed list (a zod enum). */
export interface ChoiceSpec extends Common {
  kind: 'select';
  options: string[];
}

/** Several values: of a fixed list (`choices`), catalogue codes (`codes`), or the case's documents. */
export interface ListSpec extends Common {
  kind: 'choices' | 'codes' | 'documents';
  options: string[];
  minItems: number;
  maxItems: number | undefined;
}

/** A nested object (the act, the intake): its fields drawn as one fieldset. */
export interface GroupSpec extends Common {
  kind: 'group';
  fields: FieldSpec[];
}

/** A list of objects (invitees, subjects): a group of fields per item, added and removed by the user. */
export interface RepeatSpec extends Common {
  kind: 'repeat';
  item: FieldSpec[];
  minItems: number;
  maxItems: number | undefined;
}
