// Whitespace runs collapsed to one space. Most text holds only lone plain spaces, for which a global replace
// rewrites every space into an equal one and copies the string; a regex test first skips both.

// whitespace other than a plain space, or a space followed by more whitespace: what collapsing changes
const LOOSE_SPACE = /[^\S ]| \s/;

/** The same as `s.replace(/\s+/g, " ")`. */
export function collapseSpaces(s: string): string {
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, " ") : s;
}
