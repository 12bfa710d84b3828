import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compileLearned, type LearnedModelData } from '../../../src/core/emotion/learned.js';
import { LEARNED_MODEL } from '../../../src/core/emotion/learned-data.js';

// An independent, slow statement of the features (strings first, hashed after), to check the
// scorer's rolling hashes against.
const fnv = (key: string, bits: number): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << bits) - 1);
};

function features(text: string): Set<string> {
  // Enough folding for the texts below: lower case, full-width → half-width, digits → 0.
  const t = [...text]
    .map((ch) => {
      let c = ch.charCodeAt(0);
      if (ch.length === 1 && c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      const s = ch.length === 1 ? String.fromCharCode(c) : ch;
      return /[0-9]/.test(s) ? '0' : s.toLowerCase();
    })
    .join('');
  const out = new Set<string>();
  for (const clause of t.split(/[。!?;,、\n\r…~—]|\.(?![a-z0-9\u4e00-\u9fff])/)) {
    for (const run of clause.match(/[\u4e00-\u9fff]+/g) ?? []) for (let a = 0; a < run.length; a++) for (let n = 1; n <= 3 && a + n <= run.length; n++) out.add('h:' + run.slice(a, a + n));
    const words = clause.match(/[a-z0](?:[a-z0]|'(?=[a-z0]))*/g) ?? [];
    words.forEach((w, k) => {
      out.add('w:' + w);
      if (k + 1 < words.length) out.add('b:' + w + ' ' + words[k + 1]);
      const padded = ` ${w} `;
      for (let n = 3; n <= 5 && n < padded.length; n++) for (let a = 0; a + n <= padded.length; a++) out.add('c:' + padded.slice(a, a + n));
    });
    for (const e of clause.match(/\p{Extended_Pictographic}/gu) ?? []) out.add('e:' + e);
  }
  return out;
}

const B64 = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));
function leb(ids: number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const id of ids) {
    let d = id - prev;
    prev = id;
    do {
      const b = d & 127;
      d = Math.floor(d / 128);
      out.push(d ? b | 128 : b);
    } while (d);
  }
  return out;
}

/** A model whose one head weighs each of `keys` by `w` (int8 × scale 0.01). */
function modelOf(weights: Record<string, number>, bias = 0, bits = 20): LearnedModelData {
  const byId = new Map<number, number>();
  for (const [key, w] of Object.entries(weights)) byId.set(fnv(key, bits), w);
  const ids = [...byId.keys()].sort((a, b) => a - b);
  return { bits, ids: B64(leb(ids)), heads: [{ name: 'angry', bias, scale: 0.01, weights: B64(ids.map((id) => byId.get(id)! & 255)) }] };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('learned scorer (compileLearned)', () => {
  it('finds every kind of n-gram: Han 1–3-grams, words, word pairs, character grams, emoji', () => {
    const text = '你们太离谱了, NOT happy at all 😡';
    const keys = [...features(text)];
    expect(keys).to.include.members(['h:离谱', 'h:太离谱', 'w:not', 'b:not happy', 'c: ha', 'c:appy ', 'e:😡']);
    // Each feature alone, weight 0.5: the scorer must find exactly that one.
    for (const key of keys) {
      const { p } = compileLearned(modelOf({ [key]: 50 })).score(text);
      expect(p[0], key).to.be.closeTo(sigmoid(0.5), 1e-9);
    }
  });

  it('counts a feature once per message and never across a clause boundary', () => {
    const scorer = compileLearned(modelOf({ 'h:离谱': 100, 'b:not happy': 100 }));
    expect(scorer.score('离谱离谱，离谱').p[0]).to.be.closeTo(sigmoid(1), 1e-9);
    expect(scorer.score('not, happy').p[0]).to.be.closeTo(sigmoid(0), 1e-9);
    expect(scorer.score('not happy').p[0]).to.be.closeTo(sigmoid(1), 1e-9);
  });

  it('folds before hashing: full-width, capitals, Traditional characters and digits', () => {
    const scorer = compileLearned(modelOf({ 'w:refund': 100, 'h:离谱': 100, 'w:a00': 100 }));
    expect(scorer.score('ＲＥＦＵＮＤ').p[0]).to.be.closeTo(sigmoid(1), 1e-9);
    expect(scorer.score('離譜').p[0]).to.be.closeTo(sigmoid(1), 1e-9);
    expect(scorer.score('A12').p[0]).to.be.closeTo(sigmoid(1), 1e-9);
  });

  it('points at the clause that pushed the head most, without its spaces', () => {
    const scorer = compileLearned(modelOf({ 'h:骗子': 120, 'h:谢': -50, 'w:scam': 60 }));
    const text = '谢谢。 你们这帮骗子 ! total scam';
    const { spans } = scorer.score(text);
    expect(text.slice(spans[0], spans[1])).to.equal('你们这帮骗子');
    // Nothing pushes the head up: no evidence.
    expect([...scorer.score('谢谢').spans]).to.deep.equal([-1, -1]);
  });

  it('gives the same probabilities as the slow statement on real messages with the shipped model', () => {
    const scorer = compileLearned(LEARNED_MODEL);
    const tables = LEARNED_MODEL.heads.map((h) => {
      const ids: number[] = [];
      const bytes = Uint8Array.from(atob(LEARNED_MODEL.ids), (c) => c.charCodeAt(0));
      let prev = 0;
      for (let i = 0; i < bytes.length; ) {
        let d = 0;
        let s = 0;
        let b: number;
        do {
          b = bytes[i++]!;
          d += (b & 127) * 2 ** s;
          s += 7;
        } while (b & 128);
        ids.push((prev += d));
      }
      const w = new Int8Array(Uint8Array.from(atob(h.weights), (c) => c.charCodeAt(0)).buffer);
      return new Map(ids.map((id, k) => [id, w[k]! * h.scale]));
    });
    for (const text of ['我等了三天，你们到底管不管？', 'Are you even reading my messages, sweetie?', 'Thanks so much, the engineer was brilliant 🙂', 'gas smell in the kitchen, the alarm keeps beeping']) {
      const ids = new Set([...features(text)].map((k) => fnv(k, LEARNED_MODEL.bits)));
      const { p } = scorer.score(text);
      LEARNED_MODEL.heads.forEach((h, k) => {
        let z = h.bias;
        for (const id of ids) z += tables[k]!.get(id) ?? 0;
        expect(p[k], `${h.name} on ${text}`).to.be.closeTo(sigmoid(z), 1e-9);
      });
    }
  });

  it('never throws, stays finite and keeps spans inside the text (property)', () => {
    const scorer = compileLearned(LEARNED_MODEL);
    const check = (text: string): void => {
      const { p, spans } = scorer.score(text);
      for (const x of p) expect(x).to.be.within(0, 1);
      for (let k = 0; k < spans.length; k += 2) {
        if (spans[k] === -1) continue;
        expect(spans[k]).to.be.within(0, text.length);
        expect(spans[k + 1]).to.be.within(spans[k]! + 1, text.length);
      }
    };
    for (const text of ['', '\uD800', '\uDC00x\uD800', '\u202E投诉\u202C', '\u0000\r\n', 'a'.repeat(5000), '你'.repeat(3000)]) check(text);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
  });

  it('is deterministic from call to call, whatever came before', () => {
    const scorer = compileLearned(LEARNED_MODEL);
    const text = '你们客服是机器人吧？说了三遍了';
    const first = [...scorer.score(text).p];
    scorer.score('something else entirely, with many words to fill the buffers '.repeat(50));
    expect([...scorer.score(text).p]).to.deep.equal(first);
  });
});
