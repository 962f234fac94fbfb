/**
 * npm run --silent scan -- FILE   (HTML or plain text; "-" reads standard input)
 *
 * Prints one JSON document: the corpus size and every sentence of the page's
 * article text with at least one match. HTML goes through the same article
 * extraction as the extension (on linkedom's DOM).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { scanDocument, scanText } from '../src/match/scan.ts';
import { loadCliCorpus } from './lib/corpus.ts';

function looksLikeHtml(text: string, name: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write('usage: npm run --silent scan -- FILE   (HTML or plain text; "-" reads standard input)\n');
    return 2;
  }
  const name = args[0]!;
  let text: string;
  try {
    text = readFileSync(name === '-' ? 0 : name, 'utf8');
  } catch (e) {
    process.stderr.write(`scan: cannot read ${name === '-' ? 'standard input' : name}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 1;
  }
  const corpus = await loadCliCorpus();
  const result = looksLikeHtml(text, name) ? scanDocument(corpus, parseHTML(text).document as unknown as Document) : scanText(corpus, text);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`scan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
