import { defineConfig } from 'tsup';

// Kept to a few plain options: tsup is no longer maintained upstream, so a move to its successor
// should be a one-file change. The package is built as ES modules (the library, `claimcheck/node`
// and its worker, sharing chunks so that both entries see the same classes) and as CommonJS (the
// library); dependencies are left to the user's installer. The last build is one ES module for web
// pages, dependencies included.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } },
    platform: 'neutral',
    external: [/^node:/],
    target: 'es2022',
    sourcemap: true,
    clean: false,
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    clean: false,
  },
  {
    entry: { claimcheck: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    clean: false,
  },
]);
