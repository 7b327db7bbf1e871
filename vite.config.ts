import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: index.html at the repo root, sources in src/web, built to dist/web, which src/server.ts serves.
 * `npm run dev` proxies /api to a server started with `npm start` (port 3000).
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The CSP allows no inline script; keep every asset a file (no data: URLs for scripts).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
