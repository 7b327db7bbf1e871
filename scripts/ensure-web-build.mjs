#!/usr/bin/env node
// Builds the web app when dist/web is missing or older than its sources, so `npm start` always serves a
// current SPA without a separate build step.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/web/index.html');

function newest(dir) {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

const sources = [path.join(root, 'src'), path.join(root, 'index.html'), path.join(root, 'vite.config.ts')];
const srcTime = Math.max(...sources.filter((p) => fs.existsSync(p)).map((p) => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)));
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= srcTime) process.exit(0);
process.stdout.write('Building the web app (vite build)…\n');
const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
