import { defineConfig } from 'vite';

// A sandboxed preload can only require('electron'), so it is bundled into one CommonJS file.
export default defineConfig({
  build: {
    outDir: 'out/electron/preload',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: {
      entry: 'electron/preload/index.ts',
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
});
