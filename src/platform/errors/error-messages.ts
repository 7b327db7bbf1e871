import type { Language } from '../i18n/language';
import type { ErrorCode } from './app-error';

/** User-facing messages per error code; `{name}` placeholders come from AppError.params. */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Language, string>> = {
  VALIDATION_FAILED: { id: 'Data yang dikirim tidak valid.', en: 'The submitted data is invalid.' },
  BAD_REQUEST: {
    id: 'Permintaan tidak dapat diproses: {reason}',
    en: 'The request cannot be processed: {reason}',
  },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: { id: 'Email atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  TOTP_REQUIRED: {
    id: 'Masukkan kode autentikasi dua faktor.',
    en: 'Enter your two-factor authentication code.',
  },
  TOTP_INVALID: {
    id: 'Kode autentikasi salah atau kedaluwarsa.',
    en: 'The authentication code is wrong or expired.',
  },
  FORBIDDEN: { id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  CSRF_INVALID: {
    id: 'Token keamanan formulir tidak valid. Muat ulang halaman.',
    en: 'The form security token is invalid. Reload the page.',
  },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  METHOD_NOT_ALLOWED: { id: 'Metode tidak diizinkan.', en: 'Method not allowed.' },
  CONFLICT: {
    id: 'Data bertentangan dengan data yang sudah ada: {reason}',
    en: 'Conflicts with existing data: {reason}',
  },
  INVALID_TRANSITION: {
    id: 'Tindakan ini tidak dapat dilakukan pada status saat ini.',
    en: 'This action is not allowed in the current state.',
  },
  STALE_VERSION: {
    id: 'Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this record. Reload and try again.',
  },
  PAYLOAD_TOO_LARGE: { id: 'Ukuran data terlalu besar.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { id: 'Jenis konten tidak didukung.', en: 'Unsupported content type.' },
  ACCOUNT_LOCKED: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah {minutes} menit.',
    en: 'Account temporarily locked after too many failed attempts. Try again in {minutes} minutes.',
  },
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan. Coba lagi nanti.',
    en: 'Too many requests. Try again later.',
  },
  INTERNAL: {
    id: 'Terjadi kesalahan pada server. Kesalahan ini sudah dicatat.',
    en: 'Something went wrong on our side. It has been logged.',
  },
  UNAVAILABLE: { id: 'Layanan belum siap.', en: 'The service is not ready.' },
};

export function errorMessage(
  code: ErrorCode,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  return ERROR_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
