/**
 * Words that move a case upward although the emotion analyser gives them no flag of
 * their own: suspected crimes (domain §7: theft → the police), threats to go public
 * or to a regulator, threats of legal action, physical danger named in a complaint,
 * and "I have called five times". Each list holds Simplified, Traditional and English
 * forms; English terms match whole words, case-insensitively.
 */

/** Suspected illegal acts against the customer: these go to the legal team. Accusing the company of cheating (骗子, "scam") is a complaint, not this. */
const CRIME = [
  '盗刷', '被盗了', '账号被盗', '盗用', '冒用', '冒名', '诈骗', '欺诈', '洗钱', '报警', '报案', '警察', '警方', '公安', '派出所', '被偷', '偷走', '偷了', '盗号', '身份被盗',
  '盜刷', '被盜了', '帳號被盜', '盜用', '詐騙', '欺詐', '洗錢', '報警', '報案', '被偷', '盜號', '身分被盜', '身份被盜',
  'police', 'theft', 'stolen', 'stole', 'fraud', 'fraudulent', 'identity theft', 'unauthorised charge', 'unauthorized charge',
  'unauthorised charges', 'unauthorized charges', 'unauthorised transaction', 'unauthorized transaction', 'unauthorised transactions',
  'unauthorized transactions', 'money laundering', 'hacked',
];

/** Threats of legal action: also the legal team's. */
const LEGAL_ACTION = [
  '律师', '起诉', '法院', '打官司', '告你们', '告你', '律師', '提告', '告上法庭',
  'lawyer', 'attorney', 'solicitor', 'sue', 'suing', 'lawsuit', 'legal action', 'small claims', 'take you to court', 'see you in court',
];

/** Threats to go public or to a regulator (domain §1, seed 004). */
const PUBLIC = [
  '曝光', '媒体', '记者', '上新闻', '电视台', '发微博', '发朋友圈', '发抖音', '发到网上', '发网上', '挂到网上', '差评', '给一星', '打一星',
  '12315', '消协', '消费者协会', '工信部', '市场监管', '监管部门', '工商局', '黑猫投诉', '举报',
  '媒體', '記者', '電視台', '發到網上', '發臉書', '負評', '給一星', '爆料', '消基會', '消保官', '消委會', '監管', '舉報', '檢舉',
  'bad review', 'negative review', 'one star', '1-star', '1 star', 'one-star', 'trustpilot', 'yelp', 'google review', 'social media',
  'post on facebook', 'post on twitter', 'tweet about', 'the press', 'the media', 'journalist', 'newspaper', 'the news', 'regulator', 'ombudsman',
  'better business bureau', 'consumer protection', 'trading standards', 'ftc', 'fcc', 'cfpb', 'ofcom', 'ofgem', 'go public', 'post this online',
  'post it online', 'report you',
];

/** Physical danger or threats, for complaint and customer text the analyser did not read. Deliberately narrow: a false alarm pulls in the safety team. */
const SAFETY = [
  '起火', '着火', '冒烟', '烧焦', '爆炸', '触电', '漏电', '受伤', '流血', '漏气', '煤气味', '燃气泄漏', '自杀', '不想活', '杀了你', '弄死你',
  '著火', '冒煙', '燒焦', '觸電', '漏電', '受傷', '瓦斯外洩', '瓦斯味', '漏瓦斯', '漏氣', '自殺', '殺了你',
  'caught fire', 'on fire', 'smoke coming', 'electric shock', 'electrocuted', 'exploded', 'explosion', 'gas leak', 'smell of gas',
  'smells of gas', 'injured', 'injury', 'bleeding', 'suicide', 'kill myself', 'kill you', 'hurt you', 'hurt myself',
];

export type TermGroup = 'crime' | 'legal-action' | 'public' | 'safety' | 'repeat-contact';

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function group(terms: readonly string[]): RegExp {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((term) => (/^[\x20-\x7e]+$/.test(term) ? `\\b${escape(term)}\\b` : escape(term)));
  return new RegExp(alternatives.join('|'), 'gi');
}

// "打了五次电话", "第三次", "called four times", "third time".
const REPEAT_CONTACT =
  /(?:打|来|來|联系|聯繫|聯絡|问|問|找|催|反映|投诉|投訴)了?(?:好几|好幾|好多|很多|无数|無數|几|幾|[二两兩三四五六七八九十]+|\d+)\s*[次遍回]|第\s*(?:[二三四五六七八九十]+|\d+)\s*次|\b(?:called|contacted|emailed|e-mailed|wrote|written|messaged|phoned|rang|asked|chased)\b[^.!?\n]{0,30}?\b(?:\d+|three|four|five|six|seven|eight|nine|ten|several|many|multiple|countless|a dozen)\s+times\b|\b(?:third|fourth|fifth|sixth|\d+(?:rd|th))\s+time\b/gi;

const PATTERNS: Record<TermGroup, RegExp> = {
  crime: group(CRIME),
  'legal-action': group(LEGAL_ACTION),
  public: group(PUBLIC),
  safety: group(SAFETY),
  'repeat-contact': REPEAT_CONTACT,
};

/** Only this much of one text is scanned, so a pasted 1 MB log costs no more than a long message. */
export const MAX_SCAN = 100_000;
const MAX_MATCHES = 5;

export interface TermMatch {
  text: string;
  start: number;
  end: number;
}

/** Where `group`'s terms occur in `text` (first few, in text order); offsets are UTF-16 indices into `text`. */
export function findTerms(text: unknown, which: TermGroup): TermMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const pattern = PATTERNS[which];
  pattern.lastIndex = 0;
  const found: TermMatch[] = [];
  for (let match = pattern.exec(scanned); match && found.length < MAX_MATCHES; match = pattern.exec(scanned)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  pattern.lastIndex = 0;
  return found;
}

/** Whether a whole cue (an analyser match) is one of `group`'s terms, or contains one. */
export function cueIs(cueText: unknown, which: TermGroup): boolean {
  return findTerms(cueText, which).length > 0;
}
