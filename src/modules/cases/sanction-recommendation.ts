// Netra's proposal of a sanction for a proven violation, from the legal catalogue (REF §1.2–§1.4): the level
// of the violation form, the ASN type and the regulation in force on the date of the act. The officer may
// recommend otherwise with a reason (recommend_proven.deviationReason).
import type { IsoDate } from '../../platform/calendar';
import type { LegalCatalogue, RegulationRecord, SanctionTypeRecord } from '../reference';
import { capConfidence, lowestConfidence, type Confidence } from './confidence';
import type { AsnType, SanctionChoice, SanctionLevel, SanctionTrack } from './schema';

export interface SanctionRequest {
  violationFormCode: string;
  asnType: AsnType;
  actDate: IsoDate;
  /** Defaults to the form's own track; 'ethics' asks for the PP 42/2004 moral sanction of any form. */
  track?: SanctionTrack;
}

export type SanctionRecommendation =
  | (SanctionChoice & {
      ok: true;
      formCode: string;
      track: SanctionTrack;
      /** Regulations of the proposed sanction types, in force on the act date (catalogue order). */
      regulationCodes: string[];
      sources: string[];
      confidence: Confidence;
      notes: string[];
    })
  | { ok: false; reason: 'unknown_form' | 'form_without_sanction' | 'no_level_for_track' };

/** In force on `date`: validFrom inclusive, validTo exclusive, null = open (regulations.json). */
export function isInForce(r: Pick<RegulationRecord, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || date < r.validTo);
}

/** The sanction types of a level for an ASN type under the regulations in force on `date` (catalogue order). */
export function sanctionTypesFor(
  cat: LegalCatalogue,
  level: SanctionLevel,
  asnType: AsnType,
  date: IsoDate,
): SanctionTypeRecord[] {
  const regulation = new Map(cat.regulations.map((r) => [r.code, r]));
  return cat.sanctionTypes.filter((s) => {
    const reg = regulation.get(s.regulationCode);
    return s.level === level && s.asnTypes.includes(asnType) && reg !== undefined && isInForce(reg, date);
  });
}

export function recommendSanction(req: SanctionRequest, cat: LegalCatalogue): SanctionRecommendation {
  const form = cat.violationForms.find((f) => f.code === req.violationFormCode);
  if (!form) return { ok: false, reason: 'unknown_form' };
  const formLevel = cat.formLevels.find((l) => l.formCode === form.code);
  if (form.track === 'report_category' || !formLevel) return { ok: false, reason: 'form_without_sanction' };
  const track = req.track ?? form.track;
  // PP 42/2004 Pasal 15: a code-of-ethics violation carries a moral sanction, whatever the form's discipline level.
  const level = track === 'ethics' ? 'moral' : formLevel.level;
  if (track === 'discipline' && level === 'moral') return { ok: false, reason: 'no_level_for_track' };

  const notes: string[] = [];
  let confidence = lowestConfidence([
    form.confidence,
    track === 'ethics' ? 'verified' : formLevel.confidence,
  ]);
  const formRegulation = cat.regulations.find((r) => r.code === form.regulationCode);
  if (formRegulation && !isInForce(formRegulation, req.actDate)) {
    notes.push(
      `${formRegulation.shortName}, source of this form, was not yet in force on ${req.actDate}: its level is used as the closest catalogue entry`,
    );
    confidence = capConfidence(confidence, 'secondary');
  }
  let types = sanctionTypesFor(cat, level, req.asnType, req.actDate);
  if (types.length === 0 && req.asnType === 'pppk') {
    // PP 49/2018 Pasal 52(3) (⚠️ REF §1.1): PPPK discipline follows the PNS rules.
    types = sanctionTypesFor(cat, level, 'pns', req.actDate);
    notes.push('PPPK: the PNS sanctions apply by PP 49/2018 Pasal 52(3) (secondary source)');
    confidence = capConfidence(confidence, level === 'moral' ? 'unverified' : 'secondary');
  }
  if (types.length === 0) {
    notes.push(noSanctionNote(req));
    confidence = 'unverified';
  }
  return {
    ok: true,
    formCode: form.code,
    track,
    level,
    sanctionTypeCodes: types.map((t) => t.code),
    regulationCodes: [...new Set(types.map((t) => t.regulationCode))],
    sources: [...new Set([formLevel.source, ...types.map((t) => t.source)])],
    confidence: lowestConfidence([confidence, ...types.map((t: SanctionTypeRecord) => t.confidence)]),
    notes,
  };
}

function noSanctionNote(req: SanctionRequest): string {
  return req.asnType === 'ppnpn'
    ? 'PPNPN: sanctions are graded per the yearly contract up to PHK (SE MenPANRB 01/2023, from 3 Jan 2023); the lower grades are not in our sources'
    : `No sanction type of this level for ${req.asnType} is in force on ${req.actDate} in the catalogue`;
}

/**
 * A decree differs from the recommendation when its level differs or it imposes a sanction type the
 * recommendation did not name. BKN is told (issue 4: "A decree that differs from the recommendation is flagged").
 */
export function isDecreeDifferent(recommendation: SanctionChoice, decree: SanctionChoice): boolean {
  if (decree.level !== recommendation.level || decree.sanctionTypeCodes.length === 0) return true;
  return decree.sanctionTypeCodes.some((c) => !recommendation.sanctionTypeCodes.includes(c));
}
