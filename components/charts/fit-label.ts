/**
 * A chart's text cut to what a width holds, with an ellipsis at its end, so that a long name of a
 * pledge or a department starts readable on a narrow screen (320 px); the whole name stays in the
 * table beside the chart. Cut at a word's end where one is near, never inside a letter (NFC).
 * `charWidth` is the mean width of a character at the chart's font size.
 */
export function fitLabel(text: string, width: number, charWidth = 6): string {
  const max = Math.max(8, Math.floor(width / charWidth));
  const chars = [...text.normalize('NFC')];
  if (chars.length <= max) return text;
  const kept = chars.slice(0, max - 1).join('');
  const space = kept.lastIndexOf(' ');
  const cut = chars[max - 1] !== ' ' && space > kept.length / 2 ? kept.slice(0, space) : kept;
  return `${cut.trimEnd()}…`;
}
