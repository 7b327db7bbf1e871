import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { textOf, visible } from './support/screen';
import {
  aStaffAccount,
  currentTotp,
  enterPassword,
  nextTotpStep,
  readEnrolmentSecret,
  signInFirstTime,
} from './support/staff-login';

describe('staff sign-in with an authenticator app', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a new staff member enrols an authenticator, signs in, sees role and scope, signs out and back in with a code', async () => {
    const account = await aStaffAccount(s, 'bawaslu_staf');
    const page = await s.newPage();
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Masuk staf' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Masuk staf' }));
    await s.screenshot(page, 'login-password');

    await enterPassword(page, account);
    await visible(page.getByRole('heading', { name: 'Pasang autentikator' }));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pasang autentikator');
    const qr = page.getByRole('img', { name: 'Kode QR untuk menambahkan Netra ke aplikasi autentikator' });
    await visible(qr);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    const secret = await readEnrolmentSecret(page);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await s.screenshot(page, 'login-enrol');

    await page.getByLabel('Kode 6 digit').fill('000000');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const refusal = await visible(page.getByRole('alert'));
    expect((await textOf(refusal)).length).toBeGreaterThan(5);
    await s.screenshot(page, 'login-wrong-code');

    await page.getByLabel('Kode 6 digit').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Selamat datang, ${account.name}` }));
    const main = await textOf(page.getByRole('main'));
    expect(main).toContain('Peran: Staf Bawaslu');
    await visible(page.getByText('Bawaslu Kabupaten/Kota: Kabupaten Purbalingga (33.03)'));
    expect(await textOf(page.getByRole('banner'))).toContain(account.name);
    expect(await page.getByText('DEMO').count()).toBe(0);
    await s.screenshot(page, 'staff-home');
    expect(s.pageErrors(page).filter((e) => !e.includes('401'))).toEqual([]);

    await page.getByRole('banner').getByRole('button', { name: 'Keluar' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Netra: pengawasan netralitas ASN' }));
    await visible(page.getByRole('banner').getByRole('link', { name: 'Masuk staf' }));

    await nextTotpStep();
    await page.goto('/masuk');
    await enterPassword(page, account);
    await visible(page.getByRole('heading', { name: 'Kode autentikator' }));
    expect(await page.getByTestId('totp-secret').count()).toBe(0);
    await page.getByLabel('Kode 6 digit').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Selamat datang, ${account.name}` }));
  });

  it('a wrong password is refused with the server message and no step forward', async () => {
    const account = await aStaffAccount(s, 'bkn_analis');
    const page = await s.newPage();
    await page.goto('/masuk');
    await enterPassword(page, { ...account, password: 'not the password at all' });
    const alert = await visible(page.getByRole('alert'));
    expect((await textOf(alert)).length).toBeGreaterThan(5);
    await visible(page.getByLabel('Alamat surel'));
    expect(await page.getByRole('heading', { name: 'Pasang autentikator' }).count()).toBe(0);
    await s.screenshot(page, 'login-wrong-password');
  });

  it('a demo account carries a DEMO mark in the header and on staff home, in English too', async () => {
    const account = await aStaffAccount(s, 'bkn_pejabat', { isDemo: true });
    const page = await s.newPage();
    await page.goto('/masuk');
    await signInFirstTime(page, account);
    await visible(page.getByRole('banner').getByText('DEMO'));
    await visible(page.getByRole('main').getByText('DEMO'));
    await visible(page.getByText('Anda masuk dengan akun demo.', { exact: false }));
    await visible(page.getByText('BKN Pusat (seluruh Indonesia)'));
    await s.screenshot(page, 'staff-home-demo');

    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Welcome, ${account.name}` }));
    expect(await textOf(page.getByRole('main'))).toContain('Role: BKN official');
    await visible(page.getByRole('banner').getByText('DEMO'));
    await s.screenshot(page, 'staff-home-demo-en');
  });

  it('on a phone, a signed-in user finds the staff pages and sign-out in the menu', async () => {
    const account = await aStaffAccount(s, 'ppk_staf');
    const page = await s.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/masuk');
    await signInFirstTime(page, account);
    await visible(page.getByText('Pemerintah daerah: Kabupaten Purbalingga (33.03)'));
    await s.screenshot(page, 'staff-home-phone');
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await visible(nav.getByRole('link', { name: 'Wilayah' }));
    await visible(nav.getByRole('button', { name: 'Keluar' }));
    await s.screenshot(page, 'staff-menu-phone');
  });
});
