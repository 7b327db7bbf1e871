// The oversight body's and the PPK's part of a forwarded demo case: verification, the recommendation (with the
// sanction chosen and, when it differs from Netra's proposal, why), the PPK's decree, and for a PPK that does not
// follow up BKN's warning, the blocking of the ASN's data, the supervisor's reprimand and the unblocking.
import { fromEpochDay } from '../../platform/calendar/iso-date';
import { isDecreeDifferent, recommendSanction } from '../cases';
import { decisionFormOf, sanctionOf } from './demo-catalogue';
import type { OversightFate, PpkFate } from './plan-types';
import { officeDay } from './quota';
import { iso, type Script } from './script';

function recommend(s: Script, day: number, fate: Extract<OversightFate, { kind: 'proven' }>): void {
  const { c, ctx } = s;
  const actDate = fromEpochDay(c.intake.actDay);
  const asnType = c.subjects[0]?.asnType ?? 'pns';
  const chosen = sanctionOf(fate.sanction, asnType, actDate, ctx.catalogue);
  const form = decisionFormOf(c.categoryCode, fate.sanction, ctx.categories, ctx.catalogue) as string;
  const proposal = recommendSanction(
    { violationFormCode: form, asnType, actDate, track: chosen.track },
    ctx.catalogue,
  );
  const differs = proposal.ok && isDecreeDifferent(proposal, chosen);
  s.add(
    day,
    'bkn_pejabat',
    'recommend_proven',
    {
      recommendationNumber: s.no('R/KASN', day),
      issuedOn: iso(day),
      violationFormCodes: [form],
      track: chosen.track,
      sanctionLevel: chosen.level,
      sanctionTypeCodes: chosen.sanctionTypeCodes,
      ...(differs
        ? { deviationReason: 'Pertimbangan tingkat pelanggaran dan dampaknya pada pemilihan.' }
        : {}),
    },
    'bkn',
  );
}

function decree(s: Script, day: number, fate: Extract<OversightFate, { kind: 'proven' }>) {
  const { c, ctx } = s;
  const chosen = sanctionOf(
    fate.sanction,
    c.subjects[0]?.asnType ?? 'pns',
    fromEpochDay(c.intake.actDay),
    ctx.catalogue,
  );
  return {
    decreeNumber: s.no('KEP/BKPSDM', day),
    decreeDate: iso(day),
    sanctionLevel: chosen.level,
    // The PPK imposes one of the recommended types.
    sanctionTypeCodes: [ctx.rnd.pick(chosen.sanctionTypeCodes)],
  };
}

/** BKN's warning letter to a PPK whose follow-up period has run out (the step needs the period overdue). */
function warnPpk(s: Script, day: number): void {
  s.add(day, 'bkn_pejabat', 'issue_warning', { letterNumber: s.no('P/BKN', day), issuedOn: iso(day) }, 'bkn');
}

/**
 * BKN's warning, its proposal to block, and the blocking, each once the previous period has run out; half the
 * time the supervisor reprimands the PPK. Returns the last day used, or null when it does not fit before `until`.
 */
function escalate(s: Script, from: number, until: number): number | null {
  const { rnd } = s.ctx;
  const warn = from + 11 + rnd.int(0, 3);
  const propose = warn + 4 + rnd.int(0, 2);
  const block = propose + 1 + rnd.int(0, 2);
  if (block > until) return null;
  warnPpk(s, warn);
  s.add(propose, 'bkn_analis', 'propose_blocking', {
    reason: 'PPK tidak menindaklanjuti rekomendasi setelah peringatan.',
  });
  s.add(
    block,
    'bkn_pejabat',
    'block_data',
    {
      decisionNumber: s.no('BLK/BKN', block),
      decidedOn: iso(block),
      extent: 'data_and_services',
    },
    'bkn',
  );
  if (!rnd.chance(0.5) || block + 3 > until) return block;
  const on = block + rnd.int(1, 3);
  s.add(
    on,
    'supervisor',
    'reprimand_ppk',
    {
      letterNumber: s.no('TEGURAN', on),
      issuedOn: iso(on),
      summary: 'PPK diminta segera menjatuhkan sanksi sesuai rekomendasi.',
    },
    'ppk',
  );
  return on;
}

function ppkSteps(s: Script, provenDay: number, fate: Extract<OversightFate, { kind: 'proven' }>): void {
  const { rnd, lastDay } = s.ctx;
  const ppk: PpkFate = fate.ppk;
  const end = ppk.kind === 'sanctioned' || ppk.kind === 'inactive' ? ppk.day : lastDay;
  if (rnd.chance(0.5) && provenDay + 2 < end) {
    const on = provenDay + rnd.int(1, 2);
    s.add(on, 'ppk', 'acknowledge_recommendation', { acknowledgedOn: iso(on) });
  }
  if (ppk.kind === 'sanctioned' && ppk.viaBlocking) {
    const escalated = escalate(s, provenDay, ppk.day - 2);
    if (escalated !== null) {
      const submitted = officeDay(rnd, escalated + 1, ppk.day - 1);
      s.add(submitted, 'ppk', 'submit_decree_for_unblocking', decree(s, submitted, fate), 'ppk');
      s.add(ppk.day, 'bkn_pejabat', 'unblock_data', {
        unblockedOn: iso(ppk.day),
        reference: s.no('UNBLK', ppk.day),
      });
      return;
    }
  }
  if (ppk.kind === 'sanctioned')
    s.add(ppk.day, 'ppk', 'record_sanction_decree', decree(s, ppk.day, fate), 'ppk');
  else if (ppk.kind === 'blocked') escalate(s, provenDay, lastDay);
  else if (ppk.kind === 'warned') {
    const warn = provenDay + 11 + rnd.int(0, 10);
    if (warn <= lastDay) warnPpk(s, warn);
  } else if (ppk.kind === 'inactive')
    s.add(
      ppk.day,
      'bkn_analis',
      'mark_subject_inactive',
      { ground: 'retired', effectiveOn: iso(ppk.day) },
      'bkn',
    );
}

/** From the forwarding (day `forwarded`) to the oversight body's decision and the PPK's follow-up. */
export function oversightSteps(s: Script, forwarded: number, fate: OversightFate): void {
  const { rnd, lastDay } = s.ctx;
  const decision = fate.kind === 'awaiting' ? lastDay : fate.day;
  const start = Math.min(decision, forwarded + rnd.int(1, 3));
  if (fate.kind === 'rejected' && rnd.chance(0.5)) {
    s.add(
      fate.day,
      'bkn_pejabat',
      'reject_case',
      { ground: 'insufficient_forwarding', reason: 'Berkas penerusan tidak lengkap.' },
      'bkn',
    );
    return;
  }
  if (fate.kind === 'awaiting' && rnd.chance(0.4)) return;
  s.add(start, 'bkn_analis', 'start_verification', {});
  if (fate.kind === 'awaiting') return;
  if (rnd.chance(0.15) && decision - start >= 4) {
    const asked = start + 1;
    s.add(asked, 'bkn_analis', 'request_agency_clarification', {
      addressee: 'superior',
      addresseeName: 'Atasan langsung terlapor',
      letterNumber: s.no('KLR/KASN', asked),
      requestedOn: iso(asked),
    });
    s.add(
      decision - 1,
      'bkn_analis',
      'record_agency_clarification',
      {
        receivedOn: iso(decision - 1),
        summary: 'Atasan langsung membenarkan kehadiran terlapor dalam kegiatan tersebut.',
      },
      'bkn',
    );
  }
  const result = fate.kind === 'proven' ? 'proven' : fate.kind;
  s.add(decision, 'bkn_analis', 'submit_recommendation_draft', {
    proposedResult: result,
    summary: 'Hasil verifikasi atas bukti dan keterangan para pihak.',
  });
  if (fate.kind === 'proven') {
    recommend(s, decision, fate);
    ppkSteps(s, decision, fate);
  } else if (fate.kind === 'not_proven')
    s.add(
      decision,
      'bkn_pejabat',
      'recommend_not_proven',
      {
        recommendationNumber: s.no('R/KASN', decision),
        issuedOn: iso(decision),
        reason: 'Bukti tidak cukup untuk menyatakan terlapor melanggar netralitas.',
      },
      'bkn',
    );
  else if (fate.kind === 'rejected')
    s.add(
      decision,
      'bkn_pejabat',
      'reject_case',
      { ground: 'duplicate', reason: 'Laporan yang sama telah diterima sebelumnya.' },
      'bkn',
    );
  else s.add(decision, 'bkn_pejabat', 'cancel_case', { reason: 'Laporan dicabut setelah verifikasi ulang.' });
}
