// Catalog search (事项检索): Chinese word segmentation (Intl.Segmenter, ICU's dictionary) plus character bigrams,
// and synonyms that turn what people say into the official terms (生孩子 → 出生, 开公司 → 企业开办). The index
// is built in memory from the published catalog: ten thousand items fit in a few megabytes and answer in
// well under a millisecond, with no search server to run.
import { regionPrefix } from '../../platform/identifiers.js';

export interface SearchDocument {
  id: string;
  code: string;
  kind: 'item' | 'bundle';
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  keywords: string[];
  materials: string[];
  department: string | null;
  regions: string[];
  applicantTypes: string[];
}

export interface SearchQuery {
  q: string;
  region?: string | undefined;
  applicantType?: string | undefined;
  department?: string | undefined;
  kind?: 'item' | 'bundle' | undefined;
  limit?: number | undefined;
}

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  matched: string[]; // query terms that matched: for highlighting, and for explaining a synonym
}

// Words that carry no meaning in a question about services.
const STOP = new Set(['要', '办', '办理', '什么', '怎么', '怎样', '如何', '需要', '哪些', '的', '了', '我', '想', '要办', '手续', '吗', '呢', '在', '去', '和', '与', '及', '申请',
  'how', 'do', 'i', 'a', 'an', 'the', 'to', 'what', 'for', 'of', 'my', 'apply']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const CJK = /[\u3400-\u9fff]/;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words and CJK bigrams of a text, without stop words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalize(text))) {
    if (!isWordLike || STOP.has(segment)) continue;
    out.push(segment);
    if (CJK.test(segment) && segment.length > 2) for (let i = 0; i + 2 <= segment.length; i++) out.push(segment.slice(i, i + 2));
  }
  // Bigrams across word boundaries catch compounds the dictionary splits (居住证 → 居住 + 证).
  const cjkRuns = normalize(text).match(/[\u3400-\u9fff]{2,}/g) ?? [];
  for (const run of cjkRuns) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

const FIELD_WEIGHTS = { name: 5, keywords: 3, summary: 1, materials: 0.5 } as const;

export class CatalogIndex {
  private readonly postings = new Map<string, Map<number, number>>(); // term → doc index → weight
  private readonly colloquial: [string, string][] = []; // colloquial phrase → official term, longest first
  private readonly prepared: { name: string; regionPrefixes: string[] }[]; // per document, computed once

  constructor(private readonly docs: SearchDocument[], synonyms: Record<string, string[]>) {
    this.prepared = docs.map((doc) => ({ name: normalize(doc.nameZh), regionPrefixes: doc.regions.map(regionPrefix) }));
    docs.forEach((doc, i) => {
      const add = (text: string, weight: number) => {
        for (const term of new Set(tokenize(text))) {
          const byDoc = this.postings.get(term) ?? new Map<number, number>();
          byDoc.set(i, Math.max(byDoc.get(i) ?? 0, weight));
          this.postings.set(term, byDoc);
        }
      };
      add(`${doc.nameZh} ${doc.nameEn}`, FIELD_WEIGHTS.name);
      add(doc.keywords.join(' '), FIELD_WEIGHTS.keywords);
      add(doc.summaryZh, FIELD_WEIGHTS.summary);
      add(doc.materials.join(' '), FIELD_WEIGHTS.materials);
    });
    for (const [term, words] of Object.entries(synonyms)) for (const w of words) this.colloquial.push([normalize(w), term]);
    this.colloquial.sort((a, b) => b[0].length - a[0].length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** The query's terms: its own words, plus the official terms of any colloquial phrase it contains. */
  expand(q: string): { terms: string[]; via: Map<string, string> } {
    const text = normalize(q);
    const via = new Map<string, string>(); // added official term → the phrase that brought it
    for (const [phrase, term] of this.colloquial) if (text.includes(phrase) && !via.has(term)) via.set(term, phrase);
    const terms = new Set(tokenize(text));
    for (const term of via.keys()) for (const t of tokenize(term)) terms.add(t);
    return { terms: [...terms], via };
  }

  search(query: SearchQuery): SearchHit[] {
    const { terms } = this.expand(query.q);
    const limit = query.limit ?? 20;
    // Scores in a flat array and a list of touched documents: no allocation per document on the hot path.
    const scores = new Float64Array(this.docs.length);
    const touched: number[] = [];
    for (const term of terms) {
      const byDoc = this.postings.get(term);
      if (!byDoc) continue;
      const factor = Math.log(1 + this.docs.length / byDoc.size) * (term.length >= 2 ? 1 : 0.3); // a single character says little
      for (const [i, weight] of byDoc) {
        if (scores[i] === 0) touched.push(i);
        scores[i] = scores[i]! + weight * factor;
      }
    }
    const whole = normalize(query.q).trim();
    const filter = compileFilter(query);
    // Keep the best `limit` in order while scanning: linear in the candidates, no full sort.
    const top: { i: number; score: number }[] = [];
    for (const i of touched) {
      const doc = this.docs[i]!;
      const prepared = this.prepared[i]!;
      if (!filter(doc, prepared.regionPrefixes)) continue;
      const score = scores[i]! + (whole.length >= 2 && prepared.name.includes(whole) ? 10 : 0); // the official name typed out
      if (top.length === limit && !better(score, doc, top[limit - 1]!.score, this.docs[top[limit - 1]!.i]!)) continue;
      let at = top.length;
      while (at > 0 && better(score, doc, top[at - 1]!.score, this.docs[top[at - 1]!.i]!)) at--;
      top.splice(at, 0, { i, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ i, score }) => ({ doc: this.docs[i]!, score, matched: terms.filter((term) => this.postings.get(term)?.has(i)) }));
  }
}

const better = (score: number, doc: SearchDocument, otherScore: number, other: SearchDocument) =>
  score > otherScore || (score === otherScore && doc.code < other.code);

/** The filters of a query as one predicate; a region matches when either region lies within the other. */
function compileFilter(q: SearchQuery): (doc: SearchDocument, regionPrefixes: string[]) => boolean {
  const region = q.region;
  const prefix = region ? regionPrefix(region) : '';
  return (doc, regionPrefixes) => {
    if (q.kind && doc.kind !== q.kind) return false;
    if (q.applicantType && !doc.applicantTypes.includes(q.applicantType)) return false;
    if (q.department && doc.department !== q.department) return false;
    if (region && !doc.regions.some((r, k) => region.startsWith(regionPrefixes[k]!) || r.startsWith(prefix))) return false;
    return true;
  };
}
