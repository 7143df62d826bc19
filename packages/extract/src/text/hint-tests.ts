// What an element's class/id hint tells the segment walk. Pages give the same class names to many elements
// (a menu's items, a list's teasers), so each distinct hint is tested once per page and remembered; the tests
// are pure regexes, so remembering them changes no answer.
import { HIDDEN_CLASS, NEGATIVE_TOKEN, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE } from "./hints.ts";

/** Answers of the block tests, as bits of `HintTests.block`. */
export const HintBit = {
  positive: 1,
  comments: 2,
  /** a strong negative word or token once wrapper modifiers are dropped */
  flagNegative: 4,
  /** a weak negative word and no positive one once wrapper modifiers are dropped */
  flagWeak: 8,
} as const;

const HIDDEN = 1 << 4;
const INLINE_CHROME = 1 << 5;
// each group of tests runs the first time an element needs it, so inline elements never pay for the block tests
const HIDDEN_DONE = 1 << 8;
const INLINE_DONE = 1 << 9;
const BLOCK_DONE = 1 << 10;

const COMMENT_HINT = /comment|kommentar|komentarz|comentario|commentaire|disqus|respond/;
// "has-ads", "with-sidebar", "enable-share" describe a wrapper's options, not what it is
const MODIFIER = /(^|[\s_-])(has|with|no|show|enable|disable|allow|can)[-_][\w-]*/g;
// a BEM modifier naming ads ("TestReport__Section--Ads") says the block may carry ad slots; a teaser that is an ad
// says so too ("teaser--ad"), so such a modifier alone only makes the block weakly negative: its size decides
const BEM_ADS = /--(ads?|adv|advert\w*|werbung|anzeigen?)(?=[\s_-]|$)/g;

/** The hint tests of one page, each distinct hint tested once. Hints are lower-cased "class id" strings. */
export class HintTests {
  private readonly memo = new Map<string, number>();

  /** A class that hides the element from sighted readers. */
  hidden(hint: string): boolean {
    return hint.length > 0 && (this.bits(hint, HIDDEN_DONE) & HIDDEN) !== 0;
  }

  /** Boilerplate words that drop a small inline element entirely. */
  inlineChrome(hint: string): boolean {
    return hint.length > 0 && (this.bits(hint, INLINE_DONE) & INLINE_CHROME) !== 0;
  }

  /** The HintBit answers for a block element. */
  block(hint: string): number {
    return hint.length === 0 ? 0 : this.bits(hint, BLOCK_DONE) & 0xf;
  }

  private bits(hint: string, group: number): number {
    let bits = this.memo.get(hint) ?? 0;
    if ((bits & group) === 0) {
      bits |= group | test(hint, group);
      this.memo.set(hint, bits);
    }
    return bits;
  }
}

// a CMS post's own classes ("post-12 type-post status-publish hentry category-social-media tag-newsletter")
// list the topics it is filed under; those are words of the article, not of the layout
const POST_CLASSES = /(^|\s)(hentry|status-publish)(\s|$)|(^|\s)(post|page)-\d+\s(.*\s)?type-[a-z]/;
const TERM_CLASS = /(^|\s)[a-z0-9]+[-_][^\s]+/g;

function test(hint: string, group: number): number {
  if (group === HIDDEN_DONE) return HIDDEN_CLASS.test(hint) ? HIDDEN : 0;
  if (group === INLINE_DONE) return STRONG_NEGATIVE.test(hint) ? INLINE_CHROME : 0;
  if (POST_CLASSES.test(hint)) hint = hint.replace(TERM_CLASS, " ");
  let bits = 0;
  if (POSITIVE.test(hint)) bits |= HintBit.positive;
  if (COMMENT_HINT.test(hint)) bits |= HintBit.comments;
  const ci = hint.includes("-") || hint.includes("_") ? hint.replace(MODIFIER, " ") : hint;
  if (ci.length > 0) {
    const bem = ci.includes("--") ? ci.replace(BEM_ADS, " ") : ci;
    if (STRONG_NEGATIVE.test(bem) || NEGATIVE_TOKEN.test(bem)) bits |= HintBit.flagNegative;
    else if (bem !== ci) bits |= HintBit.flagWeak;
    if (WEAK_NEGATIVE.test(ci) && !POSITIVE.test(ci)) bits |= HintBit.flagWeak;
  }
  return bits;
}
