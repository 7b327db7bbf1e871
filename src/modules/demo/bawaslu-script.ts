// Bawaslu's part of a demo case: registration, clarification or kajian, the extension when handling runs long,
// and the pleno's decision (Perbawaslu 7/2022; UU 7/2017 Pasal 454-455).
import { iso, type Script } from './script';

export function bawasluSteps(
  s: Script,
  decisionDay: number,
  conclusion: 'forward_to_bkn' | 'not_a_violation' | 'forward_other',
  formCode: string,
): void {
  const { c, ctx } = s;
  const { rnd } = ctx;
  const reg = c.intake.receivedDay;
  s.add(reg, 'bawaslu_staf', 'register_case', {
    registrationNumber: s.no(c.intake.kind === 'laporan' ? 'REG/LP' : 'REG/TM', reg),
    formalRequirementsMet: true,
    materialRequirementsMet: true,
  });
  const plenary = Math.max(reg, decisionDay - rnd.int(0, 1));
  if (decisionDay - reg >= 2 && rnd.chance(0.45)) {
    const hearing = Math.min(reg + 1, plenary);
    s.add(reg, 'bawaslu_staf', 'start_clarification', {
      invitees: [{ name: c.subjects[0]?.name ?? 'Terlapor', role: 'subject' }],
      scheduledOn: iso(hearing),
    });
    s.add(
      hearing,
      'bawaslu_staf',
      'record_statement',
      {
        party: 'subject',
        name: c.subjects[0]?.name ?? 'Terlapor',
        statedOn: iso(hearing),
        summary: 'Terlapor memberikan keterangan atas perbuatan yang dilaporkan.',
      },
      'bawaslu',
    );
    s.add(hearing, 'bawaslu_staf', 'complete_clarification', {
      summary: 'Klarifikasi terhadap terlapor dan saksi telah dilakukan.',
    });
  } else {
    s.add(reg, 'bawaslu_staf', 'start_assessment', {});
  }
  // UU 7/2017 Pasal 454(7)-(8), UU 10/2016: 3 (Pilkada) or 7 (Pemilu) days, extendable once.
  if (decisionDay - reg > (ctx.pilkada ? 3 : 7))
    s.add(reg + (ctx.pilkada ? 2 : 5), 'bawaslu_staf', 'extend_handling', {
      reason: 'Diperlukan keterangan tambahan dari saksi dan instansi terlapor.',
    });
  s.add(
    plenary,
    'bawaslu_staf',
    'submit_to_plenary',
    {
      assessmentSummary: 'Kajian awal atas dugaan pelanggaran netralitas ASN telah disusun.',
      proposedConclusion: conclusion,
      violationFormCodes: [formCode],
    },
    'bawaslu',
  );
}

export function bawasluDecision(s: Script, day: number, conclusion: string, formCode: string): void {
  const plenary = { plenaryOn: iso(day) };
  if (conclusion === 'forward_to_bkn')
    s.add(
      day,
      'bawaslu_pimpinan',
      'forward_to_bkn',
      {
        ...plenary,
        letterNumber: s.no('PP.01.02', day),
        violationFormCodes: [formCode],
        reason: 'Pleno menyimpulkan terdapat dugaan pelanggaran netralitas ASN.',
      },
      'bawaslu',
    );
  else if (conclusion === 'not_a_violation')
    s.add(
      day,
      'bawaslu_pimpinan',
      'decide_not_a_violation',
      {
        ...plenary,
        reason: 'Perbuatan tidak memenuhi unsur pelanggaran netralitas ASN.',
      },
      'bawaslu',
    );
  else
    s.add(
      day,
      'bawaslu_pimpinan',
      'forward_other',
      {
        ...plenary,
        destination: 'gakkumdu',
        letterNumber: s.no('PP.01.02/GKD', day),
        reason: 'Terdapat dugaan tindak pidana pemilihan.',
      },
      'bawaslu',
    );
}
