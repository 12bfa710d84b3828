import { detectLang, foldTraditional } from '../detect-lang.js';
import { isLang, type Lang } from '../lang.js';
import type { ComplaintCategory } from './types.js';

/** The three axes the source documents diagnose along: a defect, a process failure, a misunderstanding. */
export const COMPLAINT_AXES = ['product', 'service', 'communication'] as const;
export type ComplaintAxis = (typeof COMPLAINT_AXES)[number];

/** Categories the hint can name; delivery and billing are process failures, so they count towards `service`. */
type HintCategory = Exclude<ComplaintCategory, 'other'>;

const AXIS_OF: Record<HintCategory, ComplaintAxis> = {
  product: 'product',
  service: 'service',
  communication: 'communication',
  delivery: 'service',
  billing: 'service',
};

/** One word or phrase that points to a category. */
export interface CategoryEvidence {
  category: HintCategory;
  axis: ComplaintAxis;
  /** `text.slice(start, end)` of the input (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  weight: number;
}

export interface CategorySuggestion {
  lang: Lang;
  /** The axis the words point to; null when nothing does, or two axes tie. */
  axis: ComplaintAxis | null;
  /** The most specific category: `delivery` or `billing` when those words carry a service complaint; null with `axis`. */
  category: HintCategory | null;
  /** 0 (no idea) to 1 (many words, all one way). Treat below 0.4 as a weak hint. */
  confidence: number;
  scores: Record<ComplaintAxis, number>;
  /** The matching words, in text order. */
  evidence: CategoryEvidence[];
}

// term → weight per category. Simplified Chinese also matches Traditional (folded); English is matched case-insensitively, whole words, `*` a stem.
const LEXICON: Record<HintCategory, Record<string, number>> = {
  product: {
    坏了: 2, 坏掉: 2, 损坏: 2, 故障: 2, 质量: 2, 瑕疵: 2, 缺陷: 2, 次品: 2, 不能用: 2, 用不了: 2, 无法使用: 2,
    不工作: 2, 失灵: 2, 漏水: 2, 漏电: 2, 死机: 2, 开不了机: 2, 无法开机: 2, 充不进电: 2, 无法加热: 2, 不加热: 2,
    不制冷: 2, 异响: 1.5, 划痕: 1.5, 裂了: 1.5, 裂开: 1.5, 碎了: 1, 变质: 2, 过期: 2, 发霉: 2, 假货: 2, 异味: 1.5,
    卡顿: 1.5, 闪退: 2, 不亮: 1.5, 坏的: 2, 有问题: 1,
    broken: 2, 'defect*': 2, faulty: 2, 'malfunction*': 2, "doesn't work": 2, 'does not work': 2, "won't work": 2,
    'not working': 2, 'stopped working': 2, "won't turn on": 2, "won't heat": 2, "won't charge": 2, "doesn't heat": 2,
    cracked: 1.5, 'leak*': 2, 'crash*': 2, 'poor quality': 2, quality: 1, scratched: 1.5, expired: 2, mouldy: 2,
    moldy: 2, fake: 2, counterfeit: 2, bug: 1.5, 'freez*': 1.5, 'overheat*': 2,
  },
  service: {
    没人回复: 2, 没有人回复: 2, 没人理: 2, 不理人: 2, 没回复: 2, 没有回复: 2, 一直没: 1.5, 等了: 1.5, 排队: 1.5,
    流程: 1.5, 手续: 1, 推来推去: 2, 踢皮球: 2, 态度: 1.5, 服务: 1, 客服: 1, 拖延: 2, 拖了: 1.5, 没回电: 2,
    没有回电: 2, 打了好几次: 2, 好几次: 1, 转来转去: 2, 售后: 1.5, 没上门: 2, 工单: 1, 没处理: 2, 没人处理: 2,
    'no one replied': 2, 'nobody replied': 2, 'no reply': 2, 'no response': 2, 'never called back': 2,
    "didn't call back": 2, 'ignored': 2, 'on hold': 1.5, waited: 1.5, waiting: 1.5, queue: 1.5, process: 1,
    rude: 2, 'customer service': 1, support: 1, transferred: 1.5, runaround: 2, 'still no': 1.5,
    'several times': 1.5, 'took too long': 2, slow: 1, technician: 1, 'no-show': 2, "hasn't been processed": 2,
  },
  communication: {
    说的不一样: 2, 不是这么说的: 2, 说好的: 2, 承诺: 1.5, 答应: 1.5, 宣传: 2, 广告: 1.5, 误导: 2, 没说清楚: 2,
    没讲清楚: 2, 不清楚: 1, 搞不懂: 1.5, 看不懂: 1.5, 误会: 2, 误解: 2, 理解错: 2, 描述不符: 2, 不符: 1,
    没告诉: 2, 没有告知: 2, 没通知: 2, 没有通知: 2, 解释: 1,
    'you said': 2, 'told me': 1.5, 'was told': 2, promised: 1.5, 'advertis*': 2, misleading: 2, misled: 2,
    'not as described': 2, description: 1, 'misunderst*': 2, unclear: 2, confusing: 1.5, confused: 1,
    'nobody told': 2, "wasn't told": 2, "didn't tell": 2, 'never told': 2, 'explain*': 1,
  },
  delivery: {
    快递: 2, 物流: 2, 配送: 2, 送货: 2, 发货: 2, 没收到: 2, 收不到: 2, 送错: 2, 发错: 2, 漏发: 2, 少发: 2,
    包裹: 1.5, 丢件: 2, 签收: 1.5, 运输: 1.5, 单号: 1,
    delivery: 2, 'deliver*': 1.5, shipping: 2, shipped: 1.5, shipment: 2, parcel: 2, package: 1.5, courier: 2,
    'never arrived': 2, "hasn't arrived": 2, "didn't arrive": 2, 'wrong item': 2, 'missing item': 2, tracking: 2,
  },
  billing: {
    扣款: 2, 扣费: 2, 扣了: 1.5, 多扣: 2, 重复扣: 2, 账单: 2, 收费: 2, 多收: 2, 发票: 2, 价格: 1, 差价: 2,
    费用: 1.5, 付款: 1.5, 到账: 1.5, 充值: 1.5, 话费: 2, 月费: 2, 自动续费: 2,
    charged: 2, 'overcharg*': 2, 'charged twice': 2, bill: 2, billing: 2, billed: 2, 'invoice*': 2, fee: 1.5,
    fees: 1.5, payment: 1.5, price: 1, subscription: 1.5, renewal: 1.5,
  },
};

interface Term {
  folded: string;
  stem: boolean;
  latin: boolean;
  category: HintCategory;
  weight: number;
}

function foldUnit(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x2019 ? 0x27 : foldTraditional(code);
}

function foldString(text: string): string {
  let out = '';
  // Chunks keep fromCharCode's argument list short on megabyte inputs.
  for (let start = 0; start < text.length; start += 8_192) {
    const end = Math.min(text.length, start + 8_192);
    const units = new Array<number>(end - start);
    for (let i = start; i < end; i++) units[i - start] = foldUnit(text.charCodeAt(i));
    out += String.fromCharCode(...units);
  }
  return out;
}

const TERMS: Term[] = Object.entries(LEXICON).flatMap(([category, terms]) =>
  Object.entries(terms).map(([term, weight]) => {
    const stem = term.endsWith('*');
    const bare = stem ? term.slice(0, -1) : term;
    return { folded: foldString(bare), stem, latin: /^[\x20-\x7e]+$/.test(bare), category: category as HintCategory, weight };
  }),
);

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27;
}

// Bounds the work on hostile input: a megabyte of "bill bill bill…" says no more than a few hundred would.
const MAX_HITS_PER_TERM = 200;
const MAX_EVIDENCE = 100;

/**
 * A hint on the three axes of complaint diagnosis (domain §5): product (a
 * defect), service (a process failure, including delivery and billing) and
 * communication (a misunderstanding), with the words that point there as
 * evidence (UTF-16 offsets into `text`). When nothing points anywhere, or two
 * axes tie, `axis` is null and `confidence` low. Reads Simplified and Traditional
 * Chinese and English; linear in the text's length; never throws.
 */
export function suggestCategory(text: string, options: { lang?: Lang } = {}): CategorySuggestion {
  const source = typeof text === 'string' ? text : '';
  const lang = isLang(options?.lang) ? options.lang : detectLang(source.slice(0, 10_000));
  const scores: Record<ComplaintAxis, number> = { product: 0, service: 0, communication: 0 };
  const empty: CategorySuggestion = { lang, axis: null, category: null, confidence: 0, scores, evidence: [] };
  if (!source) return empty;
  try {
    const folded = foldString(source);
    const hits: Array<{ start: number; end: number; term: Term }> = [];
    for (const term of TERMS) {
      let count = 0;
      for (let at = folded.indexOf(term.folded); at !== -1 && count < MAX_HITS_PER_TERM; at = folded.indexOf(term.folded, at + 1)) {
        let end = at + term.folded.length;
        if (term.latin) {
          if (at > 0 && isWordUnit(folded.charCodeAt(at - 1))) continue;
          if (term.stem) while (end < folded.length && isWordUnit(folded.charCodeAt(end))) end++;
          else if (end < folded.length && isWordUnit(folded.charCodeAt(end))) continue;
        }
        hits.push({ start: at, end, term });
        count++;
      }
    }
    // Longest match wins where terms overlap (质量问题 is one piece of evidence, not two).
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const byCategory: Record<HintCategory, number> = { product: 0, service: 0, communication: 0, delivery: 0, billing: 0 };
    const evidence: CategoryEvidence[] = [];
    let reach = -1;
    for (const hit of hits) {
      if (hit.start < reach) continue;
      reach = hit.end;
      const { category, weight } = hit.term;
      byCategory[category] += weight;
      scores[AXIS_OF[category]] += weight;
      if (evidence.length < MAX_EVIDENCE) {
        evidence.push({ category, axis: AXIS_OF[category], text: source.slice(hit.start, hit.end), start: hit.start, end: hit.end, weight });
      }
    }
    const ranked = [...COMPLAINT_AXES].sort((a, b) => scores[b] - scores[a]);
    const top = scores[ranked[0]!];
    const second = scores[ranked[1]!];
    if (top === 0 || top === second) return { ...empty, confidence: 0, scores, evidence };
    const axis = ranked[0]!;
    // Sure when the words are many and agree: the margin over the runner-up, scaled by how much evidence there is.
    const confidence = Math.round(((top - second) / top) * Math.min(1, top / 4) * 100) / 100;
    let category: HintCategory = axis;
    if (axis === 'service') {
      const specific = (['delivery', 'billing'] as const).filter((c) => byCategory[c] > byCategory.service);
      if (specific.length) category = specific.sort((a, b) => byCategory[b] - byCategory[a])[0]!;
    }
    return { lang, axis, category, confidence, scores, evidence };
  } catch {
    return empty;
  }
}
