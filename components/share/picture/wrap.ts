/**
 * Line breaking for the pictures: words go on a line while they fit; a word longer
 * than a whole line is cut by characters; past `maxLines` the last line ends with "…". The
 * measure is passed in (the canvas's in the page, a fake in the tests), so nothing here draws.
 */

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

export function wrapLines(
  text: string,
  width: number,
  measure: Measure,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    push();
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    // A word wider than the line (a long hashtag, an address): cut it by characters.
    for (const char of word) {
      if (line && measure(line + char) > width) push();
      line += char;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, width, measure);
  return kept;
}

/** The text ended by "…" (cut as much as needed to fit `width`): something more was left out. */
export function withEllipsis(text: string, width: number, measure: Measure): string {
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('').trimEnd()}${ELLIPSIS}`) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}
