import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: a static bundle loaded from the packaged files (Electron) or served by the
// browser host. Relative base so it works from a custom protocol, file:// or http.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Loaded from local files, never over a network: one ~600 kB bundle (React DOM, Lexical) is fine.
    chunkSizeWarningLimit: 1024,
  },
});
