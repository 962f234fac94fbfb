/**
 * Builds the Chrome extension for the benchmark into its own folder, with the
 * bundled corpus or — for the large-corpus variant — with another compiled
 * bundle packaged as its corpus.json (SS_CORPUS_BUNDLE, read by
 * wxt.config.ts; the project's config is used as it is).
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
if (bundle) process.env.SS_CORPUS_BUNDLE = path.resolve(bundle);
await build({ browser: 'chrome', outDir: path.resolve(outDir) });
