import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The coaches' clipper. Sources live in extension/ (the project's layout), Preact for the UI.
export default defineConfig({
  srcDir: 'extension',
  outDir: 'dist/extension',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Throughline Clipper',
  },
});
