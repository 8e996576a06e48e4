import { defineConfig } from 'tsup';

// Kept to a few plain options: tsup is no longer maintained upstream, so a move to its successor
// should be a one-file change. The first build is the package (ESM, CommonJS, types; dependencies
// left to the user's installer); the second is one ES module for web pages, dependencies included.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
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
