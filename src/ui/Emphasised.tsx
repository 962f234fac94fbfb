/** A corpus sentence with the words it shares with the page sentence emphasised (as text nodes, never HTML). */
import { term } from '../text/tokens.ts';

export function Emphasised({ text, against }: { text: string; against: string }) {
  const shared = new Set((against.match(/[\p{L}\p{N}]+/gu) ?? []).map(term).filter(Boolean));
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 && shared.has(term(p)) ? <mark key={i}>{p}</mark> : p))}
    </>
  );
}
