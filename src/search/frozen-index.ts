/**
 * The bundled corpus' index, frozen: MiniSearch's own index, built at build
 * time with `INDEX_OPTIONS`, laid out as flat typed arrays (per field, each
 * term's documents and term frequencies) and shipped as base64.
 *
 * Why: `MiniSearch.loadJS` rebuilds one Map entry per posting: about 700,000
 * of them, ~200 ms, for a newsroom corpus of 29,000 statements, on every
 * service-worker start. Decoding these arrays takes a few milliseconds. The
 * bundled part never changes in the browser, so it needs no live structure:
 * the matcher scores it with MiniSearch's BM25 (top-k.ts); the popup's search
 * box, which wants prefix and fuzzy terms, gets a real MiniSearch hydrated from
 * it on first use (`toMiniSearchJS`); packs are indexed by MiniSearch as they
 * are imported.
 *
 * Documents are statement positions in the bundle (0 … n-1), in ascending
 * order in every posting list, as MiniSearch holds them.
 */
import type { AsPlainObject } from 'minisearch';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';

export interface FrozenIndexData {
  format: 'frozen-1';
  fields: string[];
  documentCount: number;
  /** Per field, MiniSearch's running average of field lengths (kept as-is so scores are bit-for-bit its own). */
  averageFieldLength: number[];
  /** Every indexed term, in MiniSearch's order. */
  terms: string[];
  /** Uint16, little-endian, [document × fields + field]: each field's length in terms. */
  fieldLength: string;
  /** Per field: Uint32 offsets into `docs`/`tfs` per term (terms + 1 of them), Uint32 documents, Uint16 frequencies. */
  postings: { offsets: string; docs: string; tfs: string }[];
}

export interface Postings {
  docs: Uint32Array;
  tfs: Uint16Array;
}

// Little-endian on every machine that runs a browser or Node here; the
// layout is checked when loading (a big-endian reader would throw, not misread).
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function bytesOf(a: Uint16Array | Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function decode<T extends Uint16Array | Uint32Array>(text: string, make: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, what: string): T {
  const bytes = decodeBase64(text);
  const width = make.BYTES_PER_ELEMENT;
  if (bytes.byteLength % width) throw new Error(`frozen index: ${what} is not a whole number of ${width * 8}-bit values`);
  // A fresh buffer: typed views need their byte offset aligned.
  return new make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** Freezes a serialised MiniSearch index whose document ids are 0 … n-1. */
export function freezeIndex(js: AsPlainObject, fields: string[]): FrozenIndexData {
  if (!LITTLE) throw new Error('frozen index: only little-endian machines are supported');
  const n = js.documentCount;
  const shortToId = new Map<number, number>();
  for (const [short, id] of Object.entries(js.documentIds)) {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= n) throw new Error(`frozen index: document id ${String(id)} is not a statement position 0…${n - 1}`);
    shortToId.set(Number(short), id);
  }
  const fieldIds = fields.map((f) => js.fieldIds[f]!);
  const fieldLength = new Uint16Array(n * fields.length);
  for (const [short, lengths] of Object.entries(js.fieldLength)) {
    const id = shortToId.get(Number(short))!;
    fieldIds.forEach((fid, f) => (fieldLength[id * fields.length + f] = Math.min(0xffff, lengths[fid] ?? 0)));
  }
  const terms = js.index.map(([t]) => t);
  const postings = fieldIds.map((fid) => {
    const offsets = new Uint32Array(terms.length + 1);
    const docs: number[] = [];
    const tfs: number[] = [];
    js.index.forEach(([, data], k) => {
      const byDoc = (data as Record<string, Record<string, number>>)[fid];
      const entries = byDoc ? Object.entries(byDoc).map(([short, tf]) => [shortToId.get(Number(short))!, tf] as const) : [];
      entries.sort((a, b) => a[0] - b[0]);
      for (const [id, tf] of entries) {
        docs.push(id);
        tfs.push(Math.min(0xffff, tf));
      }
      offsets[k + 1] = docs.length;
    });
    return { offsets: encodeBase64(bytesOf(offsets)), docs: encodeBase64(bytesOf(Uint32Array.from(docs))), tfs: encodeBase64(bytesOf(Uint16Array.from(tfs))) };
  });
  return {
    format: 'frozen-1',
    fields,
    documentCount: n,
    averageFieldLength: fieldIds.map((fid) => js.averageFieldLength[fid] ?? 0),
    terms,
    fieldLength: encodeBase64(bytesOf(fieldLength)),
    postings,
  };
}

function binarySearch(sorted: ArrayLike<number>, from: number, to: number, x: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The frozen index, decoded: read-only postings by term and field. */
export class FrozenIndex {
  readonly fields: string[];
  readonly documentCount: number;
  readonly averageFieldLength: number[];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[];
  private readonly lengths: Uint16Array;
  private readonly lists: { offsets: Uint32Array; docs: Uint32Array; tfs: Uint16Array }[];

  constructor(data: FrozenIndexData) {
    if (data.format !== 'frozen-1') throw new Error(`frozen index: unknown format ${JSON.stringify(data.format)}`);
    if (!LITTLE) throw new Error('frozen index: only little-endian machines are supported');
    this.fields = data.fields;
    this.documentCount = data.documentCount;
    this.averageFieldLength = data.averageFieldLength;
    this.terms = data.terms;
    data.terms.forEach((t, k) => this.termIds.set(t, k));
    this.lengths = decode(data.fieldLength, Uint16Array, 'fieldLength');
    if (this.lengths.length !== data.documentCount * data.fields.length) throw new Error('frozen index: fieldLength does not cover every document and field');
    this.lists = data.postings.map((p, f) => {
      const offsets = decode(p.offsets, Uint32Array, `postings[${f}].offsets`);
      const docs = decode(p.docs, Uint32Array, `postings[${f}].docs`);
      const tfs = decode(p.tfs, Uint16Array, `postings[${f}].tfs`);
      if (offsets.length !== data.terms.length + 1 || docs.length !== tfs.length || offsets[offsets.length - 1] !== docs.length) {
        throw new Error(`frozen index: postings[${f}] do not match its ${data.terms.length} terms`);
      }
      return { offsets, docs, tfs };
    });
  }

  /** The documents using `term` in field number `field`, or undefined. */
  postings(term: string, field: number): Postings | undefined {
    const k = this.termIds.get(term);
    const list = this.lists[field];
    if (k === undefined || !list) return undefined;
    const from = list.offsets[k]!;
    const to = list.offsets[k + 1]!;
    if (from === to) return undefined;
    return { docs: list.docs.subarray(from, to), tfs: list.tfs.subarray(from, to) };
  }

  fieldLength(doc: number, field: number): number {
    return this.lengths[doc * this.fields.length + field]!;
  }

  /** Whether any of `docs` (ascending) uses `term` in any field. */
  usedByAny(term: string, docs: readonly number[]): boolean {
    const k = this.termIds.get(term);
    if (k === undefined) return false;
    for (const list of this.lists) {
      const from = list.offsets[k]!;
      const to = list.offsets[k + 1]!;
      if (from === to) continue;
      // Whichever is shorter is walked; the other is searched.
      if (docs.length <= to - from) {
        for (const d of docs) if (binarySearch(list.docs, from, to, d)) return true;
      } else {
        for (let j = from; j < to; j++) if (binarySearch(docs, 0, docs.length, list.docs[j]!)) return true;
      }
    }
    return false;
  }

  /**
   * MiniSearch's own serialised form, for `MiniSearch.loadJS` (the search
   * box's index). MiniSearch numbers fields in the order its options list
   * them, as `fields` here keeps them.
   */
  toMiniSearchJS(): AsPlainObject {
    const fieldIds = Object.fromEntries(this.fields.map((f, k) => [f, k]));
    const n = this.documentCount;
    const documentIds: Record<string, number> = {};
    const fieldLength: Record<string, number[]> = {};
    for (let d = 0; d < n; d++) {
      documentIds[d] = d;
      fieldLength[d] = this.fields.map((_, k) => this.fieldLength(d, k));
    }
    const index: [string, Record<string, Record<string, number>>][] = this.terms.map((t, k) => {
      const data: Record<string, Record<string, number>> = {};
      this.lists.forEach((list, f) => {
        const from = list.offsets[k]!;
        const to = list.offsets[k + 1]!;
        if (from === to) return;
        const byDoc: Record<string, number> = {};
        for (let j = from; j < to; j++) byDoc[list.docs[j]!] = list.tfs[j]!;
        data[f] = byDoc;
      });
      return [t, data];
    });
    return { documentCount: n, nextId: n, documentIds, fieldIds, fieldLength, averageFieldLength: [...this.averageFieldLength], storedFields: {}, dirtCount: 0, index, serializationVersion: 2 };
  }
}
