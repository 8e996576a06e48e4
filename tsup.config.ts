import { defineConfig } from 'tsup';

// Kept to a few plain options: tsup is no longer maintained upstream, so a move to its successor
// should be a one-file change.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  clean: true,
});
