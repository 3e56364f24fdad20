// The web app's build: src/web → dist/web, served by `foothold serve`. `npm run dev` runs this dev
// server and proxies /api to a `foothold serve` on FOOTHOLD_API (default http://127.0.0.1:3000).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // The map (sigma, graphology) and the charts (ECharts) are split into their own chunks and loaded with their views.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components, which this app does not use.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': process.env['FOOTHOLD_API'] ?? 'http://127.0.0.1:3000' } },
});
