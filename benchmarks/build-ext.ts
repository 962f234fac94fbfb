/**
 * Builds the Chrome extension for the benchmark into its own folder, with the
 * bundled corpus or — for the large-corpus variant — with another compiled
 * bundle in its place (a Vite alias for `.generated/corpus-bundle.json`; the
 * project's wxt.config.ts is used as it is).
 *
 *   node --import tsx benchmarks/build-ext.ts OUT_DIR [BUNDLE_JSON]
 */
import path from 'node:path';
import { build } from 'wxt';

const [outDir, bundle] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: build-ext.ts OUT_DIR [BUNDLE_JSON]');
  process.exit(2);
}
await build({
  browser: 'chrome',
  outDir: path.resolve(outDir),
  ...(bundle
    ? {
        vite: () => ({
          resolve: { alias: [{ find: /^(?:\.\.\/)+\.generated\/corpus-bundle\.json$/, replacement: path.resolve(bundle) }] },
        }),
      }
    : {}),
});
