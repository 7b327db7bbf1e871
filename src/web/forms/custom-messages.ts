import type { TFunction } from 'i18next';

// The messages the case schemas (and the cases actions) write themselves (common-fields.ts, case-api-schema.ts, reporter-api-schema.ts, inputs/*), which zod's
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
  // Written by the server's actions beyond the schemas (a 400's field messages).
  'at least one document is required for this step': 'caseForm.messages.documentRequired',
  'unknown election': 'caseForm.messages.unknownElection',
  'unknown region': 'caseForm.messages.unknownRegion',
  'unknown agency': 'caseForm.messages.unknownAgency',
  'must not be in the future': 'caseForm.messages.notInFuture',
  'outside your area': 'caseForm.messages.outsideArea',
  'name the election or the violation forms to correct': 'caseForm.messages.nothingToCorrect',
  'not in the legal catalogue': 'caseForm.messages.notInCatalogue',
  'not a document of this case': 'caseForm.messages.notADocumentOfCase',
  'must not be after intake.receivedOn': 'caseForm.messages.notAfterReceived',
  'must lie between act.date and intake.receivedOn': 'caseForm.messages.knownBetween',
  'must lie between the act and intake.receivedOn': 'caseForm.messages.knownBetween',
  'must not be before the act': 'caseForm.messages.notBeforeAct',
} as const;

const keyOf = (message: string) => (KEYS as Record<string, (typeof KEYS)[keyof typeof KEYS]>)[message];

/**
 * The UI-language text of a message a schema or the server wrote in English. "Known head: detail" (e.g. "not in
 * the legal catalogue: pp94-zz-9") and "known head (detail)" (e.g. "must not be before the act (2024-11-01)") keep
 * their detail after the translated head.
 */
export function schemaMessage(message: string, t: TFunction): string {
  const key = keyOf(message);
  if (key) return t(key);
  const colon = message.indexOf(': ');
  const head = colon > 0 ? keyOf(message.slice(0, colon)) : undefined;
  if (head) return `${t(head)}: ${message.slice(colon + 2)}`;
  const aside = /^(.+) (\([^()]+\))$/.exec(message);
  const asideHead = aside?.[1] ? keyOf(aside[1]) : undefined;
  return asideHead ? `${t(asideHead)} ${aside?.[2] ?? ''}` : message;
}
