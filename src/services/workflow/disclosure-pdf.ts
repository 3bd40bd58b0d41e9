import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { describeFalseMatchRate } from '../../policy';
import { PROBE_SOURCE_LABELS } from '../probe-provenance';
import type {
  DisclosureAuditEntry,
  DisclosureImage,
  DisclosurePackData,
  DisclosureProbe,
} from './disclosure-pack';
import { fusionText, GOVERNANCE_NOT_RECORDED } from './disclosure-pack';

/**
 * The disclosure pack as a PDF document (pdfkit), rendered from the same data as the HTML page
 * (`gatherDisclosurePack`). Each section is a function over the pack's data and says "none
 * recorded" when its part is absent. The document carries the sha256 of its content (the
 * canonical JSON of the data) and the audit chain's head at generation, on its first page and in
 * its metadata; the generation event records both with the file's own sha256, which is what
 * `npm run verify-pack` checks a file against.
 */

/** What seals a pack: the hash of its content and the chain position it was generated at. */
export interface PackSeal {
  contentSha256: string;
  chainHead: { seq: number; hash: string } | null;
}

/** Keys of the PDF's document information dictionary that the verifier reads. */
export const PACK_INFO_KEYS = {
  reference: 'TwokeyPackReference',
  requestId: 'TwokeySearchRequestId',
  contentSha256: 'TwokeyContentSha256',
} as const;

/** Face images as JPEG for the document, decoded once before layout; null where the bytes are not an image. */
type Pictures = Map<DisclosureImage | string, Buffer | null>;

const MARGIN = 50;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier';

/**
 * Renders the pack. The document dates are the pack's generation time, not the clock, but nothing relies
 * on re-rendering giving the same bytes: a copy is checked against the sha256 recorded at generation.
 */
export async function renderDisclosurePdf(pack: DisclosurePackData, seal: PackSeal): Promise<Buffer> {
  const pictures = await decodePictures(pack);
  const generated = new Date(pack.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // text left uncompressed: the pack can be searched and read by any tool; images keep their own coding
    compress: false,
    bufferPages: true,
    info: {
      Title: `Disclosure pack ${pack.request.id}`,
      Author: 'twokey',
      Subject: 'Facial recognition search: disclosure pack',
      Keywords: `twokey disclosure pack; reference ${pack.reference}; content sha256 ${seal.contentSha256}`,
      CreationDate: generated,
      ModDate: generated,
      [PACK_INFO_KEYS.reference]: pack.reference,
      [PACK_INFO_KEYS.requestId]: pack.request.id,
      [PACK_INFO_KEYS.contentSha256]: seal.contentSha256,
    } as PDFKit.DocumentInfo,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const out = new Writer(doc, pictures);
  for (const section of SECTIONS) section(out, pack, seal);
  out.footers(pack, seal);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

type Section = (out: Writer, pack: DisclosurePackData, seal: PackSeal) => void;

/** The document, section by section, in reading order. */
const SECTIONS: Section[] = [
  identification,
  outcome,
  timeline,
  authorisation,
  probe,
  enhancement,
  modelAndThreshold,
  governance,
  candidates,
  reviews,
  adjudication,
  lead,
  auditTrail,
  integrity,
];

function identification(out: Writer, pack: DisclosurePackData, seal: PackSeal) {
  const r = pack.request;
  out.title('Facial recognition search: disclosure pack');
  out.caveat(
    'A facial recognition result is a lead for investigation: possible match, intelligence only, not evidence of identity.',
  );
  out.rows([
    ['Pack reference', pack.reference],
    ['Generated', `${when(pack.generatedAt)} by ${out.name(pack, pack.generatedById)}`],
    ['Force', pack.forceCode],
    ['Search request', r.id],
    ['Crime reference', r.crimeReference],
    ['Offence category', r.offenceCategory],
    ['Requested by', out.name(pack, r.requesterId)],
    ['Purpose', r.purpose],
    ['Legal basis', r.legalBasis],
    ['Justification', r.justification],
    ['Status', r.status],
  ]);
  out.heading('Integrity');
  out.rows([
    ['Content SHA-256', seal.contentSha256],
    [
      'Audit chain head at generation',
      seal.chainHead ? `position ${seal.chainHead.seq}, hash ${seal.chainHead.hash}` : 'the chain was empty',
    ],
  ]);
  out.note(
    'The content hash is the SHA-256 of the canonical JSON of everything this pack states. The generation of this pack is itself an audit event, recording the content hash, the SHA-256 of this file and the chain head above; `npm run verify-pack -- <file>` checks a copy against the audit log.',
  );
}

function outcome(out: Writer, pack: DisclosurePackData) {
  const r = pack.request;
  out.heading('Outcome');
  if (!r.outcome) return out.text('No outcome was recorded (the request ended before one was reached).');
  const o = r.outcome;
  out.text(
    `${words(o.result)}${o.custodyRecord ? `: custody record ${o.custodyRecord.custodyReference} (rank ${pack.outcomeCandidateRank ?? '-'})` : ''}. ${o.caveat}. Reached by: ${o.basis} on ${when(o.decidedAt)}.`,
  );
}

function timeline(out: Writer, pack: DisclosurePackData) {
  const r = pack.request;
  out.heading('Timeline');
  out.rows([
    ['Created', when(r.createdAt)],
    ['Submitted', when(r.submittedAt)],
    ['Authorisation decided', when(r.authorisation?.decidedAt)],
    ['Searched', when(r.searchedAt)],
    ['Outcome', when(r.outcomeAt)],
    ['Closed', when(r.endedAt)],
  ]);
}

function authorisation(out: Writer, pack: DisclosurePackData) {
  const r = pack.request;
  out.heading('Authorisation');
  out.rows([
    ['Required', r.authorisationRequired ? `yes: ${(r.authorisationReasons ?? []).join(', ')}` : 'no'],
    [
      'Decision',
      r.authorisation
        ? `${r.authorisation.decision} by ${out.name(pack, r.authorisation.decidedById)} on ${when(r.authorisation.decidedAt)}`
        : null,
    ],
    ['Rationale', r.authorisation?.rationale],
  ]);
}

function probe(out: Writer, pack: DisclosurePackData) {
  const p = pack.probe;
  out.heading('Probe image');
  if (p.purged)
    out.text(
      `The probe image, its template, the candidate list and the review decisions were purged on ${when(p.purged.purgedAt)} under the force's retention rule ${p.purged.rule}.`,
    );
  else if (p.imageBase64) out.picture(p.imageBase64, 'probe image', 160);
  else out.text('The probe image is withheld from this copy of the pack.');
  out.subheading('Where the probe image came from (provenance)');
  const v = p.provenance;
  if (!v) out.text('Not recorded (the request was made before the probe’s provenance was required).');
  else {
    const source = PROBE_SOURCE_LABELS[v.sourceType] ?? v.sourceType;
    out.rows([
      ['Source', v.otherSourceType ? `${source}: ${v.otherSourceType}` : source],
      ['Obtained from', v.obtainedFrom],
      ['Obtained by', v.obtainedBy],
      ['Obtained', when(v.obtainedAt)],
      ['Exhibit reference', v.exhibitReference],
    ]);
  }
  out.subheading('The image and its quality');
  out.rows([
    ['SHA-256', p.sha256],
    ['Face chosen', p.faceIndex ?? 'the only face'],
    ['Face size (px)', Math.round(p.quality.faceSizePx)],
    ['Sharpness', p.quality.sharpness.toFixed(1)],
    ['Detector score', p.quality.detectorScore.toFixed(3)],
    ['Quality acceptable', p.quality.acceptable ? 'yes' : `no (${p.quality.reasons.join(', ')})`],
    ['Expected hit rate', expectedHitRate(p)],
    ['Force floor (expected rank-1)', p.hitRateFloor === null ? null : percent(p.hitRateFloor)],
    ['Searched below the floor because', p.hitRateOverrideReason],
  ]);
  if (!p.fusion) return;
  const fusion = p.fusion;
  out.subheading('Several probe images');
  out.rows([
    ['Probe images fused', fusion.frames],
    ['Fusion', fusionText(fusion)],
    [
      'Expected hit rate of the fused search',
      fusion.expectedHitRate
        ? `at least ${percent(fusion.expectedHitRate.rankOne)} ranked first, ${percent(fusion.expectedHitRate.inCandidateList)} in the candidate list (its best image's, image ${fusion.bestFrame}: a lower bound)`
        : 'not known (no quality calibration)',
    ],
  ]);
  if (p.purged) return out.text('The additional probe images were purged with the probe.');
  for (const f of p.frames) {
    out.text(`Probe image ${f.frame}`);
    if (f.imageBase64) out.picture(f.imageBase64, `probe image ${f.frame}`, 120);
    out.rows([
      ['SHA-256', f.sha256],
      ['Face size (px)', Math.round(f.quality.faceSizePx)],
      ['Quality acceptable', f.quality.acceptable ? 'yes' : `no (${f.quality.reasons.join(', ')})`],
      ['Expected rank-1', f.expectedHitRate ? percent(f.expectedHitRate.rankOne) : 'not known'],
    ]);
  }
}

function enhancement(out: Writer, pack: DisclosurePackData) {
  out.heading('Enhancement of the probe');
  const e = pack.probe.enhancement;
  if (!e) return out.text('None: the search ran on the probe as received.');
  out.rows([
    ['Original SHA-256', e.originalSha256],
    ['Result SHA-256 (the image searched)', e.resultSha256 ?? 'purged'],
  ]);
  for (const s of e.steps) {
    out.subheading(`Step ${s.position}: ${s.operation}`);
    out.rows([
      ['Parameters', JSON.stringify(s.parameters)],
      ['Applied', `${when(s.appliedAt)} by ${out.name(pack, s.appliedById)}`],
      ['SHA-256 before', s.inputSha256],
      ['SHA-256 after', s.outputSha256],
    ]);
  }
  // only the original and the result are kept, not the images between steps
  const { imageBase64, enhancedImageBase64 } = pack.probe;
  if (imageBase64 || enhancedImageBase64)
    out.pictures([imageBase64, enhancedImageBase64], ['original', 'result (searched)']);
}

function modelAndThreshold(out: Writer, pack: DisclosurePackData) {
  const r = pack.request;
  const snap = r.policySnapshot;
  out.heading('Model, calibration and threshold');
  const rate =
    !snap || snap.thresholdFalseMatchRate === undefined
      ? 'not recorded (search made before thresholds were read against a calibration)'
      : snap.thresholdFalseMatchRate === null
        ? 'below every calibrated false match rate (under 1 in 1,000 not established)'
        : `at most ${describeFalseMatchRate(snap.thresholdFalseMatchRate)} false matches on the calibration set`;
  out.rows([
    ['Model version', pack.model.version],
    ['Threshold (cosine similarity)', r.threshold],
    ['Threshold as false match rate', rate],
    [
      'Force floor',
      snap
        ? `${snap.thresholdFloor}${snap.thresholdFloorFalseMatchRate ? ` (cosine at ${describeFalseMatchRate(snap.thresholdFloorFalseMatchRate)} false matches)` : ''}`
        : null,
    ],
    ['Lowest threshold the model allowed', snap?.minimumThreshold],
    ['Candidate list length (K)', r.k],
    ['Galleries', snap?.forceCodes.join(', ')],
    ['Sharing agreements', snap?.sharingAgreementIds.join(', ') || 'none'],
    ['Under-18 records included', r.includeUnder18 ? 'yes' : 'no'],
    ['Excluded retention classes', snap?.excludedRetentionClasses.join(', ') || 'none'],
    ['Excluded image statuses', snap?.excludedStatuses.join(', ')],
    ['Eligible gallery size', snap?.eligibleCount],
    ['Policy taken at', when(snap?.takenAt)],
  ]);
  const c = pack.model.calibration;
  out.subheading('Calibration of the model');
  if (!c) return out.text('None recorded for this search.');
  out.rows([
    ['Calibration', c.id],
    ['Dataset', `${c.dataset}, measured ${c.measuredOn}`],
    ['Pairs', `${c.genuinePairs} genuine, ${c.impostorPairs} impostor`],
  ]);
  out.table(
    [
      { title: 'False match rate', width: 140 },
      { title: 'Cosine', width: 120 },
      { title: 'True accept rate', width: 140 },
    ],
    c.points.map((p) => [
      describeFalseMatchRate(p.falseMatchRate),
      p.cosine.toFixed(4),
      percent(p.trueAcceptRate),
    ]),
  );
}

function governance(out: Writer, pack: DisclosurePackData) {
  out.heading('Governance versions in force');
  const docs = pack.governanceVersions;
  if (!docs) return out.text(GOVERNANCE_NOT_RECORDED);
  if (docs.length === 0) return out.text('None registered.');
  out.table(
    [
      { title: 'Document', width: 150 },
      { title: 'Version', width: 70 },
      { title: 'In force from', width: 95 },
      { title: 'SHA-256', width: 180, mono: true },
    ],
    docs.map((d) => [d.document, d.version, when(d.effectiveFrom), d.sha256 ?? '-']),
  );
}

function candidates(out: Writer, pack: DisclosurePackData) {
  out.heading('Every candidate shown');
  if (pack.candidates.length === 0) return out.text('No candidate reached the threshold.');
  const withImages = pack.candidates.some((c) => c.image !== undefined);
  out.table(
    [
      { title: 'Rank', width: 32 },
      { title: 'Score', width: 45 },
      { title: 'Gallery', width: 45 },
      { title: 'Custody reference', width: 95 },
      { title: 'Custody image', width: 150, mono: true },
      { title: 'Image status now', width: 128 },
    ],
    pack.candidates.map((c) => [
      c.rank,
      c.score.toFixed(4),
      c.galleryForceCode,
      c.custodyReference,
      c.custodyImageId,
      c.imageStatus,
    ]),
  );
  if (!withImages) return out.note('Face images are withheld from this copy of the pack.');
  out.subheading('The candidates’ custody photographs, as the reviewers compared them');
  out.pictures(
    pack.candidates.map((c) => c.image ?? null),
    pack.candidates.map((c) => `rank ${c.rank}`),
  );
}

function reviews(out: Writer, pack: DisclosurePackData) {
  out.heading("Reviews: each reviewer's decisions and reasons");
  const list = pack.request.reviews ?? [];
  if (list.length === 0) return out.text('No review took place.');
  for (const v of list) {
    out.subheading(`${v.stage} review: ${out.name(pack, v.reviewerId)}`);
    out.text(
      `Task created ${when(v.createdAt)}, claimed ${when(v.claimedAt)}, submitted ${when(v.submittedAt)} (${v.status}).`,
    );
    if (v.decisions.length === 0) {
      out.text('No decision recorded.');
      continue;
    }
    out.table(
      [
        { title: 'Rank', width: 40 },
        { title: 'Decision', width: 100 },
        { title: 'Rationale', width: 355 },
      ],
      v.decisions.map((d) => [d.rank, d.decision, d.rationale]),
    );
  }
}

function adjudication(out: Writer, pack: DisclosurePackData) {
  const a = pack.request.adjudication;
  if (!a) return;
  out.heading('Adjudication');
  out.rows([
    ['Supervisor', out.name(pack, a.adjudicatedById)],
    ['Decided', when(a.adjudicatedAt)],
    ['Result', a.result],
    ['Candidate rank', pack.request.candidates?.find((c) => c.id === a.candidateId)?.rank],
    ['Rationale', a.rationale],
  ]);
}

function lead(out: Writer, pack: DisclosurePackData) {
  out.heading('The lead after the match');
  const l = pack.lead;
  if (!l.outcome && l.corroborations.length === 0 && l.actions.length === 0)
    return out.text(
      'Nothing was recorded on the lead after the outcome: no corroborating evidence, no action.',
    );
  out.text(
    l.outcome
      ? `Lead ${words(l.outcome.result)}: recorded by ${out.name(pack, l.outcome.recordedById)} on ${when(l.outcome.recordedAt)}: ${l.outcome.note}`
      : 'No outcome of the lead was recorded.',
  );
  out.subheading('Corroborating evidence');
  if (l.corroborations.length === 0) out.text('None recorded.');
  else
    out.table(
      [
        { title: 'Type', width: 90 },
        { title: 'Reference', width: 90 },
        { title: 'Description', width: 175 },
        { title: 'Recorded', width: 140 },
      ],
      l.corroborations.map((c) => [
        words(c.type),
        c.reference,
        c.description,
        `${when(c.recordedAt)} by ${out.name(pack, c.recordedById)}`,
      ]),
    );
  out.subheading('Actions');
  if (l.actions.length === 0) return out.text('No action was proposed on the lead.');
  const refOf = new Map(l.corroborations.map((c) => [c.id, `${words(c.type)} ${c.reference}`]));
  out.table(
    [
      { title: 'Action', width: 80 },
      { title: 'Reason', width: 120 },
      { title: 'Resting on', width: 80 },
      { title: 'Proposed', width: 95 },
      { title: 'Decision', width: 120 },
    ],
    l.actions.map((a) => [
      words(a.type),
      a.reason,
      a.corroborationIds.map((id) => refOf.get(id) ?? id).join('; '),
      `${when(a.proposedAt)} by ${out.name(pack, a.proposedById)}`,
      `${words(a.status)}${a.decidedById ? ` by ${out.name(pack, a.decidedById)} on ${when(a.decidedAt)}: ${a.decisionReason ?? ''}` : ''}`,
    ]),
  );
}

function auditTrail(out: Writer, pack: DisclosurePackData, seal: PackSeal) {
  out.heading('Audit events of the request, with their chain positions');
  if (pack.auditTrail.length === 0) return out.text('None recorded.');
  out.table(
    [
      { title: 'Position', width: 40 },
      { title: 'When', width: 65 },
      { title: 'Action', width: 145 },
      { title: 'By', width: 75 },
      { title: 'Chain hash', width: 170, mono: true },
    ],
    pack.auditTrail.map((e: DisclosureAuditEntry) => [
      e.seq,
      when(e.occurredAt),
      `${e.action}${e.reason ? ` (${e.reason})` : ''}`,
      e.actorOfficerId ? out.name(pack, e.actorOfficerId) : 'system',
      e.hash,
    ]),
  );
  out.note(
    `Events up to chain position ${seal.chainHead?.seq ?? 0}; each is part of the tamper-evident hash chain.`,
  );
}

function integrity(out: Writer, pack: DisclosurePackData, seal: PackSeal) {
  out.heading('Verifying this pack');
  out.text(
    `Run \`npm run verify-pack -- <this file>\` where the service's database is reachable. It reads the pack reference ${pack.reference} and the content hash from this file's metadata, finds the audit event that recorded the generation, compares this file's SHA-256 and the content hash ${seal.contentSha256} with those it recorded, re-checks the hash chain from the first event listed here up to that event and the chain head at generation, and re-reads the request's events: OK, or TAMPERED with the reason.`,
  );
}

/** Small layout helpers over pdfkit: headings, label/value rows, tables that break across pages, pictures. */
class Writer {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly pictureOf: Pictures,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  /** Starts a new page unless `height` more points fit on this one. */
  private room(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  name(pack: DisclosurePackData, id: string | null | undefined): string {
    const o = pack.officers.find((x) => x.id === id);
    return o
      ? `${o.displayName}${o.collarNumber ? ` (${o.collarNumber})` : ''}, ${o.forceCode}`
      : (id ?? '-');
  }

  title(text: string) {
    this.doc.font(BOLD).fontSize(16).fillColor('#000').text(pdfText(text), this.left, this.doc.y);
    this.doc.moveDown(0.5);
  }

  caveat(text: string) {
    this.doc.font(BOLD).fontSize(10).text(pdfText(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
  }

  heading(text: string) {
    this.room(60);
    this.doc.moveDown(0.6);
    this.doc.font(BOLD).fontSize(12).fillColor('#000').text(pdfText(text), this.left, this.doc.y);
    const y = this.doc.y + 1;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#888')
      .stroke();
    this.doc.moveDown(0.4);
  }

  subheading(text: string) {
    this.room(40);
    this.doc.moveDown(0.3);
    this.doc.font(BOLD).fontSize(10).text(pdfText(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  text(text: string) {
    this.doc.font(REGULAR).fontSize(9).text(pdfText(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  note(text: string) {
    this.doc.font(REGULAR).fontSize(8).fillColor('#444');
    this.doc.text(pdfText(text), this.left, this.doc.y, { width: this.width });
    this.doc.fillColor('#000').moveDown(0.3);
  }

  /** Label and value, one pair a line; long values wrap under their label. */
  rows(pairs: Array<[string, unknown]>) {
    for (const [label, value] of pairs) {
      this.room(14);
      this.doc
        .font(BOLD)
        .fontSize(9)
        .text(`${pdfText(label)}: `, this.left, this.doc.y, { width: this.width, continued: true })
        .font(REGULAR)
        .text(pdfText(show(value)));
    }
    this.doc.moveDown(0.3);
  }

  table(columns: Array<{ title: string; width: number; mono?: boolean }>, rows: unknown[][]) {
    const padding = 2;
    const draw = (cells: string[], header: boolean) => {
      const fontOf = (i: number) => (header ? BOLD : columns[i].mono ? MONO : REGULAR);
      const size = (i: number) => (!header && columns[i].mono ? 7 : 8);
      const height =
        Math.max(
          ...cells.map((cell, i) =>
            this.doc
              .font(fontOf(i))
              .fontSize(size(i))
              .heightOfString(cell, { width: columns[i].width - 2 * padding }),
          ),
        ) +
        2 * padding;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header) draw(titles, true);
      }
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        if (header)
          this.doc.rect(x, top, columns[i].width, height).fillColor('#eee').fill().fillColor('#000');
        this.doc
          .font(fontOf(i))
          .fontSize(size(i))
          .text(cell, x + padding, top + padding, { width: columns[i].width - 2 * padding });
        x += columns[i].width;
      });
      this.doc
        .moveTo(this.left, top + height)
        .lineTo(x, top + height)
        .lineWidth(0.3)
        .strokeColor('#bbb')
        .stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    const titles = columns.map((c) => pdfText(c.title));
    draw(titles, true);
    for (const row of rows)
      draw(
        row.map((cell) => pdfText(show(cell))),
        false,
      );
    this.doc.moveDown(0.5);
  }

  /** One face image, or a line saying why it is not shown. */
  picture(image: DisclosureImage | string, label: string, size: number) {
    this.pictures([image], [label], size);
  }

  /** Face images in a grid with their labels. */
  pictures(images: Array<DisclosureImage | string | null>, labels: string[], size = 110) {
    const gap = 10;
    const perRow = Math.max(1, Math.floor((this.width + gap) / (size + gap)));
    for (let start = 0; start < images.length; start += perRow) {
      this.room(size + 16);
      const top = this.doc.y;
      images.slice(start, start + perRow).forEach((image, j) => {
        const x = this.left + j * (size + gap);
        const jpeg = image === null ? null : this.pictureOf.get(image);
        if (jpeg) this.doc.image(jpeg, x, top, { fit: [size, size], align: 'center', valign: 'center' });
        else {
          this.doc.rect(x, top, size, size).lineWidth(0.5).strokeColor('#999').stroke();
          this.doc
            .font(REGULAR)
            .fontSize(7)
            .text(
              image === null
                ? 'not held (withheld, deleted or purged)'
                : 'stored bytes are not a readable image',
              x + 4,
              top + size / 2 - 8,
              { width: size - 8, align: 'center' },
            );
        }
        this.doc
          .font(REGULAR)
          .fontSize(7)
          .text(pdfText(labels[start + j] ?? ''), x, top + size + 2, { width: size, align: 'center' });
      });
      this.doc.x = this.left;
      this.doc.y = top + size + 14;
    }
    this.doc.moveDown(0.3);
  }

  /** Page numbers and the pack reference at the foot of every page. */
  footers(pack: DisclosurePackData, seal: PackSeal) {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(REGULAR)
        .fontSize(7)
        .fillColor('#444')
        .text(
          pdfText(
            `Disclosure pack ${pack.reference} | content sha256 ${seal.contentSha256.slice(0, 16)}... | page ${i + 1} of ${range.count}`,
          ),
          this.left,
          this.doc.page.height - 30,
          { width: this.width, align: 'center', lineBreak: false },
        );
      this.doc.page.margins.bottom = bottomMargin;
    }
  }
}

/** Decodes every face image the pack holds to a JPEG pdfkit can embed (it reads only JPEG and PNG). */
async function decodePictures(pack: DisclosurePackData): Promise<Pictures> {
  const images: Array<DisclosureImage | string> = [];
  if (pack.probe.imageBase64) images.push(pack.probe.imageBase64);
  for (const c of pack.candidates) if (c.image) images.push(c.image);
  if (pack.probe.enhancedImageBase64) images.push(pack.probe.enhancedImageBase64);
  for (const f of pack.probe.frames) if (f.imageBase64) images.push(f.imageBase64);
  const decoded: Pictures = new Map();
  for (const image of images) {
    const bytes = Buffer.from(typeof image === 'string' ? image : image.base64, 'base64');
    decoded.set(
      image,
      await sharp(bytes, { limitInputPixels: 50_000_000 })
        .rotate()
        .resize(600, 600, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 90 })
        .toBuffer()
        .catch(() => null),
    );
  }
  return decoded;
}

/** The standard PDF fonts know WinAnsi only: other characters become their nearest ASCII or '?'. */
function pdfText(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e\xa0-\xff\n]/g, '?');
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (value instanceof Date) return when(value);
  return String(value);
}

function when(d: Date | string | null | undefined): string {
  return d
    ? new Date(d)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')
    : '-';
}

const percent = (v: number) => `${(100 * v).toFixed(1)}%`;
const words = (value: string) => value.replace(/_/g, ' ').toLowerCase();

function expectedHitRate(p: DisclosureProbe): string {
  const e = p.expectedHitRate;
  if (!e) return 'not known (the model that analysed the probe has no quality calibration)';
  return `mate ranked first ${percent(e.rankOne)}, in the candidate list ${percent(e.inCandidateList)} of such probes on the development set (${e.basedOnProbes} probes, model ${e.modelVersion}); lower against a large gallery`;
}
