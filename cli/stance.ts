/**
 * The stance model's command line.
 *
 *   npm run train                          train on all of FNC-1's training files → data/stance-model.json
 *   npm run stance -- eval                 train on the files minus 20% of the bodies, score the held-out part
 *   npm run --silent stance -- fnc --bodies B.csv --stances S.csv
 *                                          predict a stance for every row of S (CSV on stdout)
 *   npm run stance -- speed                time predict() per pair
 *   npm run stance -- predict --headline H --body B
 *
 * Common options: --data DIR (default ../shared/data/fnc-1 beside the repo), --model FILE
 * (default data/stance-model.json), --seed N. Training options for eval/train (for experiments;
 * the defaults are what ships): --epochs N --hidden N --lr X --dropout X --vocab N
 * --disagree-weight X --agree-weight X --no-snippets. eval also takes --share X (held-out share of
 * bodies, default 0.2) and --dev (score an inner split of the training part instead, for tuning).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRow, parseCsvObjects } from '../src/stance/csv.ts';
import { loadStanceModel, serialiseModel, STANCES, topStance, type Stance, type StanceModel } from '../src/stance/model.ts';
import { Rng } from '../src/stance/random.ts';
import { evaluate, formatEvaluation } from '../src/stance/score.ts';
import { sentences } from '../src/stance/text.ts';
import { DEFAULT_TRAIN_OPTIONS, splitByBody, splitByClaim, trainStanceModel, type Pair, type TrainOptions } from '../src/stance/train.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DATA = path.resolve(repoRoot, '../shared/data/fnc-1');
const DEFAULT_MODEL = path.resolve(repoRoot, 'data/stance-model.json');
const HELD_OUT_SEED = 4242;

class UsageError extends Error {}

function parseArgs(argv: string[]): { command: string; flags: Map<string, string | true> } {
  const [command = 'help', ...rest] = argv;
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < rest.length && !rest[i + 1]!.startsWith('--')) flags.set(a.slice(2), rest[++i]!);
    else flags.set(a.slice(2), true);
  }
  return { command, flags };
}

function str(flags: Map<string, string | true>, name: string): string | undefined {
  const v = flags.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

function num(flags: Map<string, string | true>, name: string): number | undefined {
  const v = str(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${v}"`);
  return n;
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new UsageError(`${what} not found: ${file}`);
  return readFileSync(file, 'utf8');
}

function readBodies(file: string): Map<string, string> {
  const rows = parseCsvObjects(readText(file, 'bodies file'), ['Body ID', 'articleBody'], path.basename(file));
  const bodies = new Map<string, string>();
  for (const r of rows) bodies.set(r['Body ID']!.trim(), r['articleBody']!);
  return bodies;
}

function readStances(file: string, requireStance: boolean): { headline: string; bodyId: string; stance?: string }[] {
  const cols = requireStance ? ['Headline', 'Body ID', 'Stance'] : ['Headline', 'Body ID'];
  const rows = parseCsvObjects(readText(file, 'stances file'), cols, path.basename(file));
  return rows.map((r) => ({ headline: r['Headline']!, bodyId: r['Body ID']!.trim(), stance: r['Stance'] }));
}

function loadFnc(dir: string): { bodies: Map<string, string>; pairs: Pair[] } {
  for (const f of ['train_bodies.csv', 'train_stances.csv']) {
    const p = path.join(dir, f);
    if (!existsSync(p)) {
      throw new UsageError(`FNC-1 data: missing ${f} (looked for ${p}); pass --data DIR with train_bodies.csv and train_stances.csv`);
    }
  }
  const bodies = readBodies(path.join(dir, 'train_bodies.csv'));
  const rows = readStances(path.join(dir, 'train_stances.csv'), true);
  const pairs: Pair[] = rows.map((r, i) => {
    if (!(STANCES as readonly string[]).includes(r.stance ?? '')) {
      throw new Error(`train_stances.csv record ${i + 2}: unknown stance "${r.stance}"`);
    }
    if (!bodies.has(r.bodyId)) throw new Error(`train_stances.csv record ${i + 2}: no body with Body ID ${r.bodyId}`);
    return { headline: r.headline, bodyId: r.bodyId, stance: r.stance as Stance };
  });
  return { bodies, pairs };
}

function trainOptions(flags: Map<string, string | true>): Partial<TrainOptions> {
  const o: Partial<TrainOptions> = { log: (m) => process.stderr.write(`  ${m}\n`) };
  const seed = num(flags, 'seed');
  if (seed !== undefined) o.seed = seed;
  const map: [string, keyof TrainOptions][] = [
    ['epochs', 'epochs'],
    ['hidden', 'hidden'],
    ['lr', 'lr'],
    ['sparse-lr', 'sparseLr'],
    ['dropout', 'dropout'],
    ['vocab', 'vocabSize'],
    ['batch', 'batch'],
    ['weight-decay', 'weightDecay'],
    ['snippet-weight', 'snippetWeight'],
  ];
  for (const [flag, key] of map) {
    const v = num(flags, flag);
    if (v !== undefined) (o as Record<string, unknown>)[key] = v;
  }
  const cw = { ...DEFAULT_TRAIN_OPTIONS.classWeights };
  for (const s of STANCES) {
    const v = num(flags, `${s}-weight`);
    if (v !== undefined) cw[s] = v;
  }
  o.classWeights = cw;
  if (flags.has('no-snippets')) o.snippets = false;
  return o;
}

function seconds(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}

function cmdTrain(flags: Map<string, string | true>): void {
  const dir = path.resolve(str(flags, 'data') ?? DEFAULT_DATA);
  const out = path.resolve(str(flags, 'out') ?? DEFAULT_MODEL);
  const { bodies, pairs } = loadFnc(dir);
  const opts = trainOptions(flags);
  process.stderr.write(`training on ${pairs.length} pairs, ${bodies.size} bodies from ${dir}\n`);
  const t0 = performance.now();
  const weights = trainStanceModel(bodies, pairs, opts);
  const { log: _log, ...shown } = { ...DEFAULT_TRAIN_OPTIONS, ...opts };
  const json = serialiseModel(weights, {
    trainedOn: 'FNC-1 train_bodies.csv + train_stances.csv (all pairs)',
    pairs: pairs.length,
    bodies: bodies.size,
    options: shown,
  });
  const text = JSON.stringify(json) + '\n';
  writeFileSync(out, text);
  process.stderr.write(`trained in ${seconds(t0)} s; wrote ${out} (${(text.length / 1024).toFixed(0)} KiB, model ${json.id})\n`);
}

/** Single-sentence (or two-sentence) snippets of the held-out bodies, to see how short bodies fare. */
function snippetPairs(pairs: readonly Pair[], bodies: Map<string, string>, seed: number): { pairs: Pair[]; bodies: Map<string, string> } {
  const rng = new Rng(seed);
  const out: Pair[] = [];
  const snippetBodies = new Map<string, string>();
  for (const p of pairs) {
    if (p.stance === 'unrelated' && rng.next() > 0.25) continue;
    const sents = sentences(bodies.get(p.bodyId)!);
    if (!sents.length) continue;
    let s: number;
    if (p.stance === 'unrelated') s = rng.int(sents.length);
    else {
      // The sentence sharing most words with the headline.
      const hw = new Set(p.headline.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
      let best = 0;
      let bestScore = -1;
      sents.forEach((t, i) => {
        const sw = new Set(t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
        let k = 0;
        for (const w of hw) if (sw.has(w)) k++;
        if (k > bestScore) {
          bestScore = k;
          best = i;
        }
      });
      s = best;
    }
    const id = `${p.bodyId}#${s}`;
    snippetBodies.set(id, sents[s]!);
    out.push({ headline: p.headline, bodyId: id, stance: p.stance });
  }
  return { pairs: out, bodies: snippetBodies };
}

function predictAll(model: StanceModel, pairs: readonly { headline: string; bodyId: string }[], bodies: Map<string, string>): Stance[] {
  const prepared = new Map<string, ReturnType<StanceModel['prepareBody']>>();
  return pairs.map((p) => {
    let b = prepared.get(p.bodyId);
    if (!b) {
      const text = bodies.get(p.bodyId);
      if (text === undefined) throw new Error(`no body with Body ID ${p.bodyId}`);
      b = model.prepareBody(text);
      prepared.set(p.bodyId, b);
    }
    return topStance(model.predict(p.headline, b));
  });
}

function cmdEval(flags: Map<string, string | true>): void {
  const dir = path.resolve(str(flags, 'data') ?? DEFAULT_DATA);
  const share = num(flags, 'share') ?? 0.2;
  const { bodies, pairs } = loadFnc(dir);
  let { train, heldOut, heldOutBodies } = splitByBody(pairs, share, HELD_OUT_SEED);
  let what = 'held-out';
  if (flags.has('dev')) {
    // Tuning: hold out part of the training part; the real held-out part is not looked at.
    const inner = flags.has('by-claim') ? splitByClaim(train, 0.15, HELD_OUT_SEED + 1) : splitByBody(train, 0.15, HELD_OUT_SEED + 1);
    train = inner.train;
    heldOut = inner.heldOut;
    heldOutBodies = inner.heldOutBodies;
    what = `dev (inner split of the training part${flags.has('by-claim') ? ', by claim' : ''})`;
  }
  const trainBodies = new Set(train.map((p) => p.bodyId));
  for (const b of heldOutBodies) if (trainBodies.has(b)) throw new Error(`split leak: body ${b} on both sides`);
  process.stdout.write(
    `split by ${flags.has('dev') ? `Body ID (seed ${HELD_OUT_SEED}), then ${flags.has('by-claim') ? 'by claim' : 'by Body ID'} (seed ${HELD_OUT_SEED + 1})` : `Body ID (seed ${HELD_OUT_SEED})`}: ` +
      `training ${train.length} pairs / ${trainBodies.size} bodies; ` +
      `${what} ${heldOut.length} pairs / ${heldOutBodies.size} bodies\n`,
  );
  const t0 = performance.now();
  const weights = trainStanceModel(bodies, train, trainOptions(flags));
  process.stdout.write(`trained in ${seconds(t0)} s\n`);
  // Score the model as it ships: serialised (int8 rows) and loaded back.
  const model = loadStanceModel(JSON.parse(JSON.stringify(serialiseModel(weights))));
  const predicted = predictAll(model, heldOut, bodies);
  process.stdout.write('\n' + formatEvaluation(evaluate(heldOut.map((p) => p.stance), predicted), what) + '\n');
  const snip = snippetPairs(heldOut, bodies, HELD_OUT_SEED);
  const sp = predictAll(model, snip.pairs, snip.bodies);
  process.stdout.write(
    '\n' +
      formatEvaluation(
        evaluate(snip.pairs.map((p) => p.stance), sp),
        `${what}, bodies cut to one sentence (best-matching sentence for related pairs, random for 25% of unrelated; labels kept, so noisy)`,
      ) +
      '\n',
  );
}

function loadModelFile(flags: Map<string, string | true>): StanceModel {
  const file = path.resolve(str(flags, 'model') ?? DEFAULT_MODEL);
  const text = readText(file, 'model file (run `npm run train`)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  return loadStanceModel(json);
}

function cmdFnc(flags: Map<string, string | true>): void {
  const bodiesFile = str(flags, 'bodies');
  const stancesFile = str(flags, 'stances');
  if (!bodiesFile || !stancesFile) throw new UsageError('fnc needs --bodies B.csv and --stances S.csv');
  const model = loadModelFile(flags);
  const bodies = readBodies(path.resolve(bodiesFile));
  const rows = readStances(path.resolve(stancesFile), false);
  rows.forEach((r, i) => {
    if (!bodies.has(r.bodyId)) throw new Error(`${path.basename(stancesFile)} record ${i + 2}: no body with Body ID ${r.bodyId} in ${path.basename(bodiesFile)}`);
  });
  const predicted = predictAll(model, rows, bodies);
  const out: string[] = [csvRow(['Headline', 'Body ID', 'Stance'])];
  rows.forEach((r, i) => out.push(csvRow([r.headline, r.bodyId, predicted[i]!])));
  process.stdout.write(out.join('\n') + '\n');
}

function cmdSpeed(flags: Map<string, string | true>): void {
  const model = loadModelFile(flags);
  const dir = path.resolve(str(flags, 'data') ?? DEFAULT_DATA);
  let headlines: string[];
  let bodyTexts: string[];
  if (existsSync(path.join(dir, 'train_bodies.csv')) && existsSync(path.join(dir, 'train_stances.csv'))) {
    const { bodies, pairs } = loadFnc(dir);
    bodyTexts = [...bodies.values()].slice(0, 400);
    headlines = [...new Set(pairs.map((p) => p.headline))].slice(0, 400);
  } else {
    bodyTexts = Array.from({ length: 200 }, (_, i) => `Officials said on Monday that report number ${i} about the storm was false. ${'Residents described the damage. '.repeat(10)}`);
    headlines = Array.from({ length: 200 }, (_, i) => `Storm report ${i} confirmed by officials`);
  }
  let t0 = performance.now();
  const prepared = bodyTexts.map((t) => model.prepareBody(t));
  const prepMs = (performance.now() - t0) / bodyTexts.length;
  const shortPrepared = bodyTexts.map((t) => model.prepareBody(sentences(t)[0] ?? t));
  let sink = 0;
  // The matcher's case: one page sentence against many prepared bodies.
  const run = (bs: typeof prepared, hs: string[]) => {
    let n = 0;
    const start = performance.now();
    for (const h of hs) for (const b of bs) {
      sink += model.predict(h, b).disagree;
      n++;
    }
    return ((performance.now() - start) * 1000) / n;
  };
  run(prepared.slice(0, 50), headlines.slice(0, 20)); // warm-up
  const full = run(prepared, headlines.slice(0, 100));
  const short = run(shortPrepared, headlines.slice(0, 100));
  // Worst case: a new headline on every call (the headline cache misses).
  t0 = performance.now();
  let n = 0;
  for (let i = 0; i < headlines.length; i++) {
    sink += model.predict(headlines[i]!, prepared[i % prepared.length]!).agree;
    n++;
  }
  const cold = ((performance.now() - t0) * 1000) / n;
  process.stdout.write(
    `prepareBody: ${prepMs.toFixed(3)} ms per body (${bodyTexts.length} FNC-1 bodies)\n` +
      `predict, full bodies:      ${full.toFixed(2)} µs per pair (${100 * prepared.length} pairs)\n` +
      `predict, one-sentence bodies: ${short.toFixed(2)} µs per pair\n` +
      `predict, new headline each call: ${cold.toFixed(2)} µs per pair\n`,
  );
  if (Number.isNaN(sink)) process.stdout.write('\n');
}

function cmdPredict(flags: Map<string, string | true>): void {
  const headline = str(flags, 'headline');
  const body = str(flags, 'body');
  if (!headline || !body) throw new UsageError('predict needs --headline TEXT and --body TEXT');
  const model = loadModelFile(flags);
  const p = model.predict(headline, model.prepareBody(body));
  process.stdout.write(`${topStance(p)}\n${STANCES.map((s) => `  ${s.padEnd(10)} ${p[s].toFixed(3)}`).join('\n')}\n`);
}

const HELP = `usage: npm run stance -- <command> [options]
  train      [--data DIR] [--out FILE]            train on all FNC-1 training pairs, write the model
  eval       [--data DIR] [--share 0.2] [--dev]   train without a held-out 20% of the bodies, score that part
  fnc        --bodies B.csv --stances S.csv [--model FILE]   predicted stances as CSV on stdout
  speed      [--model FILE] [--data DIR]          time predict() per pair
  predict    --headline TEXT --body TEXT          stance probabilities for one pair
`;

function main(): void {
  const { command, flags } = parseArgs(process.argv.slice(2));
  switch (command) {
    case 'train':
      return cmdTrain(flags);
    case 'eval':
      return cmdEval(flags);
    case 'fnc':
      return cmdFnc(flags);
    case 'speed':
      return cmdSpeed(flags);
    case 'predict':
      return cmdPredict(flags);
    case 'help':
    case '--help':
      process.stdout.write(HELP);
      return;
    default:
      throw new UsageError(`unknown command "${command}"\n${HELP}`);
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`stance: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
