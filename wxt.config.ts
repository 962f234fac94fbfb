import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox needs a stable add-on id (storage, the e2e tests' fixed UUID) and
// must be told we collect nothing; both keep `web-ext lint` clean.
export const GECKO_ID = 'second-source@example.org';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // SS_OUT_DIR lets parallel builds (several engineers, or CI jobs) keep apart.
  outDir: process.env.SS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
    json: { stringify: true },
    build: { chunkSizeWarningLimit: 2000 },
  }),
  hooks: {
    // The packaged corpus is compiled before every build; an invalid corpus stops the build with its file, field and reason.
    'build:before': async () => {
      const { writeCorpusBundle } = await import('./scripts/build-corpus.ts');
      writeCorpusBundle();
    },
    // …and packaged as a file the worker reads with response.json(): parsing
    // JSON is several times faster than evaluating the same data as script.
    // SS_CORPUS_BUNDLE packages another compiled bundle instead (the bench's
    // newsroom-sized corpus; a newsroom's own build).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: path.resolve(process.env.SS_CORPUS_BUNDLE ?? '.generated/corpus-bundle.json'), relativeDest: 'corpus.json' });
      // The stance model too, as bytes (src/stance/packed-model.ts): read beside the corpus, not evaluated as script.
      files.push({ absoluteSrc: path.resolve('.generated/stance-model.bin'), relativeDest: 'stance-model.bin' });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Second Source',
    description:
      'Marks the statements on a news page that other reports also make or contradict, and says who, when and why. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab'],
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide Second Source marks on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-output/**', 'tests/**', '**/*.test.ts', '*.log'],
  },
});
