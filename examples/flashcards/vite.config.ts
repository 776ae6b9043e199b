import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    // The whole question bank, with its guidance, makes the one chunk about 2.8 MB (860 kB
    // gzipped): expected for an offline app that ships its data, so warn only well above.
    chunkSizeWarningLimit: 3500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
