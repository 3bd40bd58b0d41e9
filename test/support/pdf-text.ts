/**
 * The text a PDF shows, from its uncompressed content streams (pdfkit writes hex strings in TJ
 * arrays after a Tm): pieces placed at the same height join into one line.
 */
export function shownText(pdf: Buffer): string {
  const lines: string[] = [];
  let y: string | null = null;
  let lineY: string | null = null;
  for (const [, tmY, array] of pdf
    .toString('latin1')
    .matchAll(
      /[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g,
    )) {
    if (tmY !== undefined) {
      y = tmY;
      continue;
    }
    const piece = [...array.matchAll(/<([0-9a-f]*)>/g)]
      .map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1'))
      .join('');
    if (lines.length && y === lineY) lines[lines.length - 1] += piece;
    else lines.push(piece.trimStart());
    lineY = y;
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}
