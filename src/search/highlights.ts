// Private-use characters cannot occur in content, so highlights survive HTML escaping intact.
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'

// Marked by Meilisearch when a query contains them, but no help to a reader looking for why a
// hit matched.
const STOP_WORDS = new Set(
  (
    'und oder in im an am auf aus bei für mit nach von vom zu zum zur über der die das den dem ' +
    'des ein eine einer eines einem einen ist sind wie the a an and or of in on for to with by ' +
    'at from is are as'
  ).split(' '),
)

export const isStopWord = (word: string) => STOP_WORDS.has(word.toLowerCase())

const WORD_CHAR = /[\p{L}\p{N}]/u

// German word splitting cuts inflection endings off as words of their own: "Kompetenzen" is
// searched as "kompetenz" + "en", and every "könn‹en›", "digital‹en›" is marked too. A marked part
// this short counts only when it is the whole word ("KI").
const MIN_MARKED_PART = 3

/** Whether a word's marked letters show that the word matched, not just an ending of it. */
function wordMatched(marked: boolean[]): boolean {
  if (marked.every(Boolean)) return true
  let run = 0
  for (const isMarked of marked) {
    run = isMarked ? run + 1 : 0
    if (run >= MIN_MARKED_PART) return true
  }
  return false
}

/**
 * Makes Meilisearch's highlights readable: with German word splitting it marks parts of words
 * ("‹Kü›‹ns›‹tl›‹ic›‹he›", "bundes‹weiter›"); a reader expects the word. Every word with a marked
 * part of three letters or more is marked whole, a compound included; endings ("könn‹en›") and
 * stop words are not marked at all.
 */
export function wholeWordHighlights(formatted: string): string {
  const chars: string[] = []
  const marked: boolean[] = []
  let inside = false
  for (const char of formatted) {
    if (char === HIGHLIGHT_START) inside = true
    else if (char === HIGHLIGHT_END) inside = false
    else {
      chars.push(char)
      marked.push(inside)
    }
  }
  let out = ''
  for (let start = 0; start < chars.length;) {
    if (!WORD_CHAR.test(chars[start])) {
      out += chars[start]
      start += 1
      continue
    }
    let end = start
    while (end < chars.length && WORD_CHAR.test(chars[end])) end += 1
    const word = chars.slice(start, end).join('')
    const hit = wordMatched(marked.slice(start, end)) && !isStopWord(word)
    out += hit ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word
    start = end
  }
  return out
}

export const isHighlighted = (text: string) => text.includes(HIGHLIGHT_START)
