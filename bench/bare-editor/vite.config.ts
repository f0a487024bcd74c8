import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// Built by `npm run bench` next to the app's renderer, with the same React and Lexical.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: path.resolve(import.meta.dirname, '../../.bench-build/bare-editor'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048 },
});
