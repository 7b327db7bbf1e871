import type { TFunction } from 'i18next';

// The messages the case schemas write themselves (common-fields.ts, case-api-schema.ts, reporter-api-schema.ts, inputs/*), which zod's
// locales cannot translate. One the UI does not know is shown as the schema wrote it.
const KEYS = {
  'must be 18 digits': 'caseForm.messages.nip',
  'must be a calendar date YYYY-MM-DD': 'caseForm.messages.date',
  'must not contain the NUL character': 'caseForm.messages.nul',
  'required when destination is other': 'caseForm.messages.destinationName',
  'required when the ground is duplicate': 'caseForm.messages.duplicateOf',
  'must be a kabupaten/kota or kecamatan code such as 33.03': 'caseForm.messages.regionCode',
  'must be an agency code such as pemda-33.03': 'caseForm.messages.agencyCode',
  'must be an election id such as pilkada-2024': 'caseForm.messages.electionId',
  'must be a catalogue code such as skb2022-b6': 'caseForm.messages.catalogueCode',
  'must be 16 digits': 'caseForm.messages.nik',
  'required unless the reporter is anonymous': 'caseForm.messages.reporterName',
  'leave empty for an anonymous reporter': 'caseForm.messages.anonymousEmpty',
  'must be a phone number such as 0812 3456 7890': 'caseForm.messages.phone',
  'must be an e-mail address': 'caseForm.messages.email',
  'required for a laporan': 'caseForm.messages.requiredForReport',
  'a laporan does not come by this channel': 'caseForm.messages.reportChannel',
} as const;

/** The UI-language text of a message a schema wrote in English. */
export function schemaMessage(message: string, t: TFunction): string {
  const key = (KEYS as Record<string, (typeof KEYS)[keyof typeof KEYS]>)[message];
  return key ? t(key) : message;
}
