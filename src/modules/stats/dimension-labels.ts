// Labels of the breakdown groups that are codes in Netra (jabatan class, ASN type, campaign relation, category,
// month), in Bahasa Indonesia and English. Region and agency names come from the reference tables.
import type { Language } from '../../platform/i18n/language';
import { shippedCategories } from './categories';
import type { StatsDimension } from './schema';

type Labels = Record<string, { id: string; en: string }>;

// REF §2.5: the jabatan classes the agencies publish shares by.
const JABATAN: Labels = {
  jpt: { id: 'Jabatan Pimpinan Tinggi (JPT)', en: 'Senior executive (JPT)' },
  administrator: { id: 'Administrator', en: 'Administrator' },
  pengawas: { id: 'Pengawas', en: 'Supervisor (pengawas)' },
  fungsional: { id: 'Fungsional', en: 'Functional' },
  pelaksana: { id: 'Pelaksana', en: 'Staff (pelaksana)' },
  kepala_wilayah: { id: 'Kepala wilayah (camat/lurah)', en: 'Area head (camat/lurah)' },
};

// The recommended sanction, in the classes KASN publishes its mix by (REF §2.2).
const SANCTION: Labels = {
  'moral-tertutup': { id: 'Sanksi moral (pernyataan tertutup)', en: 'Moral sanction (closed statement)' },
  'moral-terbuka': { id: 'Sanksi moral (pernyataan terbuka)', en: 'Moral sanction (public statement)' },
  light: { id: 'Hukuman disiplin ringan', en: 'Light disciplinary sanction' },
  moderate: { id: 'Hukuman disiplin sedang', en: 'Moderate disciplinary sanction' },
  severe: { id: 'Hukuman disiplin berat', en: 'Severe disciplinary sanction' },
  dismissal: { id: 'Pemberhentian tidak dengan hormat', en: 'Dishonourable dismissal' },
  moral: { id: 'Sanksi moral', en: 'Moral sanction' },
  none: { id: 'Belum direkomendasikan', en: 'Not recommended (yet)' },
};

const ASN_TYPE: Labels = {
  pns: { id: 'PNS', en: 'Civil servant (PNS)' },
  pppk: { id: 'PPPK', en: 'Contract civil servant (PPPK)' },
  ppnpn: { id: 'PPNPN (non-ASN)', en: 'Non-civil-servant staff (PPNPN)' },
};

// Where the act stands relative to the campaign (REF §3.6; the KemenPANRB "violation map", seed 004).
const PHASE: Labels = {
  before_campaign: { id: 'Sebelum kampanye', en: 'Before the campaign' },
  campaign: { id: 'Masa kampanye', en: 'Campaign period' },
  quiet_period: { id: 'Masa tenang', en: 'Quiet period' },
  voting_day: { id: 'Hari pemungutan suara', en: 'Voting day' },
  after_voting: { id: 'Setelah pemungutan suara', en: 'After voting' },
  unknown: { id: 'Tidak diketahui', en: 'Unknown' },
};

const OTHER: Labels = {
  unknown: { id: 'Tidak diketahui', en: 'Unknown' },
  'province-level': { id: 'Tingkat provinsi', en: 'Province level' },
};

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dimensionLabel(by: StatsDimension, key: string, lang: Language): string | undefined {
  const pick = (labels: Labels) => labels[key]?.[lang];
  switch (by) {
    case 'jabatan':
      return pick(JABATAN);
    case 'asn_type':
      return pick(ASN_TYPE);
    case 'phase':
      return pick(PHASE);
    case 'sanction':
      return pick(SANCTION);
    case 'category': {
      const c = shippedCategories().all.find((x) => x.code === key);
      return c && (lang === 'id' ? c.labelId : c.labelEn);
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(key);
      return m ? `${(lang === 'id' ? MONTHS_ID : MONTHS_EN)[Number(m[2]) - 1]} ${m[1]}` : undefined;
    }
    default:
      return pick(OTHER);
  }
}
