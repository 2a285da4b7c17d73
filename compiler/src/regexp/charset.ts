// Character sets as sorted, merged [lo, hi] ranges: the class escapes (\d \s \w and their complements),
// union, complement, and case canonicalization (ECMAScript Canonicalize, from the generated runs shared with
// the runtime matcher).
import type { Range } from "./ast.js";
import { CANON, FOLD, type CaseRun } from "./case-data.js";

export const MAX_UNIT = 0xffff;
export const MAX_CODE_POINT = 0x10ffff;

export function normalize(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function complement(ranges: readonly Range[], max: number): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= max) out.push([next, max]);
  return out;
}

export const DIGITS: Range[] = [[0x30, 0x39]];
export const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** With `u` and `i`, ſ (U+017F) and the Kelvin sign (U+212A) fold to word characters and count as such. */
export const WORD_UNICODE_IGNORE_CASE: Range[] = normalize([...WORD, [0x17f, 0x17f], [0x212a, 0x212a]]);
export const SPACE: Range[] = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS: Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

function lookup(runs: readonly CaseRun[], c: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][0] <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return c;
  const [start, delta, count, stride] = runs[lo - 1];
  const offset = c - start;
  return offset % stride === 0 && offset / stride < count ? c + delta : c;
}

/** ECMAScript Canonicalize(ch) with the i flag: per code unit without u, simple case folding with u. */
export function canonicalize(c: number, unicode: boolean): number {
  return lookup(unicode ? FOLD : CANON, c);
}

/** Every character whose canonical form differs from itself, with that form. */
function changed(unicode: boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, delta, count, stride] of unicode ? FOLD : CANON)
    for (let k = 0; k < count; k++) out.push([start + k * stride, start + k * stride + delta]);
  return out;
}
const changedCache = new Map<boolean, [number, number][]>();
const targetCache = new Map<boolean, Set<number>>();

/** The set { Canonicalize(c) : c in ranges } (what a class matches a canonicalized input character against). */
export function canonicalizeSet(ranges: readonly Range[], unicode: boolean): Range[] {
  let list = changedCache.get(unicode);
  if (!list) changedCache.set(unicode, (list = changed(unicode)));
  const inRanges = (c: number) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
  const removed: Range[] = [];
  const added: Range[] = [];
  for (const [from, to] of list)
    if (inRanges(from)) {
      removed.push([from, from]);
      added.push([to, to]);
    }
  // Characters in the set that map elsewhere are replaced by their canonical form; a character that is its own
  // canonical form stays, even when another member mapped onto it.
  const max = unicode ? MAX_CODE_POINT : MAX_UNIT;
  const kept = intersect(ranges, complement(removed, max));
  return normalize([...kept, ...added]);
}

/**
 * The set of characters that match `ranges` under the i flag: { c : Canonicalize(c) in canonicalizeSet(ranges) }.
 * Matching a character against it needs no canonicalization at run time, and classes closed under case
 * (\d, \D, [^…] of symbols) stay as small as they were.
 */
export function caseClosure(ranges: readonly Range[], unicode: boolean): Range[] {
  let list = changedCache.get(unicode);
  if (!list) changedCache.set(unicode, (list = changed(unicode)));
  const canonSet = canonicalizeSet(ranges, unicode);
  const inCanon = (c: number) => canonSet.some(([lo, hi]) => c >= lo && c <= hi);
  const extra: Range[] = [];
  for (const [from, to] of list) {
    if (inCanon(to)) extra.push([from, from], [to, to]);
  }
  return normalize([...ranges, ...extra]);
}

/** Whether the i flag changes what the character c matches (some other character canonicalizes like it). */
export function isCaseSensitive(c: number, unicode: boolean): boolean {
  let targets = targetCache.get(unicode);
  if (!targets) {
    targets = new Set(changed(unicode).map(([, to]) => to));
    targetCache.set(unicode, targets);
  }
  return canonicalize(c, unicode) !== c || targets.has(c);
}

export function intersect(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  const na = normalize(a);
  const nb = normalize(b);
  let i = 0;
  let j = 0;
  while (i < na.length && j < nb.length) {
    const lo = Math.max(na[i][0], nb[j][0]);
    const hi = Math.min(na[i][1], nb[j][1]);
    if (lo <= hi) out.push([lo, hi]);
    if (na[i][1] < nb[j][1]) i++;
    else j++;
  }
  return out;
}
