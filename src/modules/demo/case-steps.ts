// A planned case as its script: the intake Bawaslu records and the steps of every desk, in order. Pure.
import type { CreateIntakeInput } from '../cases';
import { fromEpochDay } from '../../platform/calendar/iso-date';
import { bawasluDecision, bawasluSteps } from './bawaslu-script';
import { decisionFormOf, intakeFormOf } from './demo-catalogue';
import { oversightSteps } from './oversight-script';
import type { MoreIntake, PlannedCase } from './plan-types';
import { Script, type DemoCaseScript, type DemoIntakeStep, type ScriptContext } from './script';

const SUMMARIES: Record<string, string> = {
  media_sosial:
    'ASN mengunggah dan membagikan konten dukungan kepada salah satu pasangan calon di media sosial.',
  kegiatan_keberpihakan: 'ASN mengikuti kegiatan yang mengarah pada keberpihakan kepada salah satu calon.',
  foto_simbol: 'ASN berfoto bersama calon dengan simbol jari yang menunjukkan dukungan.',
  hadir_deklarasi: 'ASN menghadiri deklarasi pasangan calon.',
  pendekatan_parpol: 'ASN melakukan pendekatan ke partai politik untuk pencalonan.',
};
const DEFAULT_SUMMARY = 'Dugaan pelanggaran netralitas ASN dalam pemilihan.';

/** A matter not registered is turned down two days before `fateDay` at the latest, not before it came in. */
export function formalRejectionDay(receivedDay: number, fateDay: number): number {
  return Math.max(receivedDay, fateDay - 2);
}

// A fictional reporter: sealed like any other (ADR 0005), so the custodian's unseal works on demo data too.
const DEMO_REPORTER = { anonymous: false, name: 'Pelapor Demo' } as const;

function intakeOf(c: PlannedCase, formCode: string | null): CreateIntakeInput {
  const laporan = c.intake.kind === 'laporan';
  return {
    electionId: c.electionId,
    regionCode: c.regionCode,
    agencyCode: c.agencyCode,
    act: {
      date: fromEpochDay(c.intake.actDay),
      knownOn: fromEpochDay(c.intake.knownDay),
      place: `Wilayah ${c.regionCode}`,
    },
    ...(formCode ? { violationFormCodes: [formCode] } : {}),
    intake: {
      kind: c.intake.kind,
      channel: c.intake.channel as CreateIntakeInput['intake']['channel'],
      receivedOn: fromEpochDay(c.intake.receivedDay),
      summary: SUMMARIES[c.categoryCode] ?? DEFAULT_SUMMARY,
    },
    ...(laporan ? { reporter: DEMO_REPORTER } : {}),
    subjects: c.subjects.map((s) => ({
      name: s.name,
      ...(s.nip ? { nip: s.nip } : {}),
      agencyCode: c.agencyCode,
      jabatan: s.group === 'kepala_wilayah' ? `${s.jabatan} (kepala wilayah)` : s.jabatan,
      jabatanClass:
        s.group === 'kepala_wilayah' ? (s.jabatan === 'Camat' ? 'administrator' : 'pengawas') : s.group,
      isRegionalHeadStaff: s.group === 'kepala_wilayah',
      asnType: s.asnType,
    })),
  };
}

function moreIntakeStep(m: MoreIntake): DemoIntakeStep {
  const laporan = m.kind === 'laporan';
  return {
    day: m.day,
    desk: 'bawaslu_staf',
    intake: {
      act: { knownOn: fromEpochDay(m.knownDay) },
      intake: {
        kind: m.kind,
        channel: m.channel as DemoIntakeStep['intake']['intake']['channel'],
        receivedOn: fromEpochDay(m.day),
        summary: laporan
          ? 'Laporan masyarakat tentang perbuatan yang sama, digabung ke kasus ini.'
          : 'Temuan pengawas tentang perbuatan yang sama, digabung ke kasus ini.',
      },
      ...(laporan ? { reporter: DEMO_REPORTER } : {}),
    },
  };
}

export function scriptOf(c: PlannedCase, serial: number, ctx: ScriptContext): DemoCaseScript {
  const s = new Script(c, ctx, serial);
  const intakeForm = intakeFormOf(c.categoryCode, ctx.categories);
  const fate = c.fate;
  if (fate.kind === 'rejected_formal') {
    s.add(formalRejectionDay(c.intake.receivedDay, fate.day), 'bawaslu_staf', 'reject_formal', {
      unmetRequirements: ['evidence'],
      reason: 'Bukti awal tidak cukup untuk diregistrasi.',
    });
  } else if (fate.kind === 'in_process') {
    s.add(c.intake.receivedDay, 'bawaslu_staf', 'register_case', {
      registrationNumber: s.no('REG', c.intake.receivedDay),
      formalRequirementsMet: true,
      materialRequirementsMet: true,
    });
  } else {
    const sanction =
      fate.kind === 'forwarded' && fate.oversight.kind === 'proven' ? fate.oversight.sanction : null;
    const form = decisionFormOf(c.categoryCode, sanction, ctx.categories, ctx.catalogue) ?? intakeForm ?? '';
    const conclusion =
      fate.kind === 'forwarded'
        ? 'forward_to_bkn'
        : fate.kind === 'forwarded_other'
          ? 'forward_other'
          : 'not_a_violation';
    bawasluSteps(s, fate.day, conclusion, form);
    bawasluDecision(s, fate.day, conclusion, form);
    if (fate.kind === 'forwarded') oversightSteps(s, fate.day, fate.oversight);
  }
  // Steps of one day keep the order they were written in; a further report of that day comes first, while
  // Bawaslu still holds the case (plan-more-intakes.ts).
  const steps = [...c.moreIntakes.map(moreIntakeStep), ...s.steps]
    .map((step, i) => ({ step, i }))
    .sort((a, b) => a.step.day - b.step.day || a.i - b.i);
  return { intake: intakeOf(c, intakeForm), steps: steps.map((x) => x.step) };
}
