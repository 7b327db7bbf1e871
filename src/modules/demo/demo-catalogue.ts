// Which violation form and which sanction types a demo case names: forms of its statistics category (so the
// decision keeps the category the figures count it under), sanction types of the regulation in force on the day of
// the act (PP 53/2010 before 31 Aug 2021, PP 94/2021 after; PP 42/2004 moral sanctions). Pure.
import type { IsoDate } from '../../platform/calendar';
import { sanctionTypesFor, type SanctionChoice } from '../cases';
import type { LegalCatalogue } from '../reference';
import type { SanctionClass } from '../stats/agency-figures-schema';
import type { CategoryFile } from '../stats/categories';

function formsOf(categoryCode: string, categories: CategoryFile): string[] {
  return categories.categories.find((c) => c.code === categoryCode)?.formCodes ?? [];
}

/** What Bawaslu records at intake: the category's own report category (bawaslu-…), else its first form. */
export function intakeFormOf(categoryCode: string, categories: CategoryFile): string | null {
  const forms = formsOf(categoryCode, categories);
  return forms.find((f) => f.startsWith('bawaslu-')) ?? forms[0] ?? null;
}

/**
 * The form a decision names: of the same category, on the track the sanction belongs to (ethics for a moral
 * sanction), of the sanction's level when the catalogue has one; the intake form when the category has no
 * sanction-bearing form.
 */
export function decisionFormOf(
  categoryCode: string,
  sanction: SanctionClass | null,
  categories: CategoryFile,
  cat: LegalCatalogue,
): string | null {
  const forms = formsOf(categoryCode, categories)
    .map((code) => cat.violationForms.find((f) => f.code === code))
    .filter((f): f is NonNullable<typeof f> => f !== undefined && f.track !== 'report_category');
  const level = (code: string) => cat.formLevels.find((l) => l.formCode === code)?.level;
  const moral = sanction?.startsWith('moral') ?? false;
  const onTrack = forms.filter((f) => (moral ? f.track === 'ethics' : f.track === 'discipline'));
  const sameLevel = onTrack.find((f) => level(f.code) === sanction);
  return (sameLevel ?? onTrack[0] ?? forms[0])?.code ?? intakeFormOf(categoryCode, categories);
}

/** The sanction of a class as BKN recommends it: every type of that level in force on the day of the act. */
export function sanctionOf(
  cls: SanctionClass,
  asnType: 'pns' | 'pppk',
  actDate: IsoDate,
  cat: LegalCatalogue,
): SanctionChoice & { track: 'ethics' | 'discipline' } {
  if (cls === 'moral-tertutup' || cls === 'moral-terbuka')
    return { track: 'ethics', level: 'moral', sanctionTypeCodes: [cls] };
  let types = sanctionTypesFor(cat, cls, asnType, actDate);
  // PP 49/2018 Pasal 52(3): PPPK discipline follows the PNS rules (as recommendSanction does).
  if (types.length === 0) types = sanctionTypesFor(cat, cls, 'pns', actDate);
  if (types.length === 0) throw new Error(`demo: no ${cls} sanction in force on ${actDate}`);
  return { track: 'discipline', level: cls, sanctionTypeCodes: types.map((t) => t.code) };
}
