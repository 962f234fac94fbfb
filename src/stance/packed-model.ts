/**
 * The stance model as the extension packages it: its int8 weight rows, row
 * scales and IDF table as raw bytes, everything else as a small JSON header,
 * in one file the worker reads beside the corpus (`stance-model.bin`).
 *
 * Why: compiled into the worker's script, the model's 690 kB of JSON (its
 * weights in base64) cost ~8 ms of every worker start (script evaluated in
 * Chromium: 35 -> 27 ms without it); read as a file, its 470 kB of bytes come
 * in beside corpus.json (~3 ms) and the weights are used where they lie, not
 * decoded. The model is the same: `unpackStanceModel` gives back the shipped
 * JSON's fields, with the weights as byte arrays instead of base64, and
 * `loadStanceModel` checks and loads either (packed-model.test.ts compares
 * their predictions).
 *
 * Layout: "SSM1", the header's length (u32, little-endian), the header (UTF-8
 * JSON: every field but the weights, and where each weight section lies),
 * then the sections, each at a multiple of 4 bytes.
 */
import { decodeBase64 } from '../encoding/base64.ts';
import { loadStanceModel, StanceModelError, type StanceModelJson } from './model.ts';

const MAGIC = 'SSM1';
const SECTIONS = ['idf.q', 'headRows.q', 'headRows.scale', 'bodyRows.q', 'bodyRows.scale'] as const;
type Section = (typeof SECTIONS)[number];

/** The packaged bytes of a model JSON (checked by loading it first: a model that does not load is not packed). */
export function packStanceModel(json: unknown): Uint8Array {
  loadStanceModel(json);
  const m = json as StanceModelJson & { idf: { q: string }; headRows: { q: string; scale: string }; bodyRows: { q: string; scale: string } };
  const bytes: Record<Section, Uint8Array> = {
    'idf.q': decodeBase64(m.idf.q),
    'headRows.q': decodeBase64(m.headRows.q),
    'headRows.scale': decodeBase64(m.headRows.scale),
    'bodyRows.q': decodeBase64(m.bodyRows.q),
    'bodyRows.scale': decodeBase64(m.bodyRows.scale),
  };
  const { idf, headRows: _h, bodyRows: _b, ...rest } = m;
  const sections: Record<string, [number, number]> = {};
  let at = 0;
  for (const s of SECTIONS) {
    sections[s] = [at, bytes[s].length];
    at += Math.ceil(bytes[s].length / 4) * 4;
  }
  const header = new TextEncoder().encode(JSON.stringify({ ...rest, idf: { max: idf.max }, sections }));
  const start = Math.ceil((8 + header.length) / 4) * 4;
  const out = new Uint8Array(start + at);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  for (const s of SECTIONS) out.set(bytes[s], start + sections[s]![0]);
  return out;
}

/** The model's JSON fields back from the packaged bytes, weights as byte arrays (views into `bytes`). */
export function unpackStanceModel(bytes: Uint8Array): unknown {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new StanceModelError(`the packaged model does not start with ${MAGIC}`);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(4, true);
  if (8 + length > bytes.length) throw new StanceModelError(`the packaged model's header runs past its end (${8 + length} > ${bytes.length} bytes)`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Record<string, unknown> & { idf: { max: unknown }; sections: Record<string, [number, number]> };
  const start = Math.ceil((8 + length) / 4) * 4;
  const section = (s: Section) => {
    const [at, n] = header.sections?.[s] ?? [];
    if (typeof at !== 'number' || typeof n !== 'number' || start + at + n > bytes.length) throw new StanceModelError(`the packaged model's ${s} section is missing or runs past its end`);
    return bytes.subarray(start + at, start + at + n);
  };
  const { sections: _s, ...rest } = header;
  return {
    ...rest,
    idf: { max: header.idf.max, q: section('idf.q') },
    headRows: { q: section('headRows.q'), scale: section('headRows.scale') },
    bodyRows: { q: section('bodyRows.q'), scale: section('bodyRows.scale') },
  };
}
