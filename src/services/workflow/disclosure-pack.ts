import { In, type EntityManager } from 'typeorm';
import {
  AuditEvent,
  CustodyImageBlob,
  EnhancedProbe,
  Force,
  ModelCalibration,
  Officer,
  SearchCandidate,
  SearchProbe,
  SearchProbeFrame,
  SearchRequest,
  SearchRequestPurge,
  type PolicySnapshot,
  type ProbeExpectedHitRate,
  type ProbeProvenance,
  type ProbeFusion,
  type ProbeQuality,
} from '../../entities';
import { describeFalseMatchRate, DISCLOSURE_PACK_FIELDS, permittedFields } from '../../policy';
import { loadLead, type LeadView } from '../lead-action.service';
import { PROBE_SOURCE_LABELS, provenanceOf } from '../probe-provenance';
import { enhancementRecords, type ProbeEnhancementRecord } from './probe-enhancement.record';
import type { RequestContext } from '../request-context';
import {
  buildRequestViews,
  custodyRecords,
  loadRequestParts,
  LoadedRequestView,
  RequestParts,
} from './search-request.views';

/**
 * Everything about one closed search that the disclosure duty may call for — the probe and where
 * it came from, the candidate list with ranks and scores, each review's decisions and rationale,
 * the authorisation, the gallery policy and model version, the timestamps, what came of the lead
 * after the match (its outcome, the corroborating evidence recorded and the actions proposed,
 * approved or rejected) and the request's audit trail. One gathering (`gatherDisclosurePack`), two
 * renderings: the printable HTML page here and the PDF document in disclosure-pdf.ts.
 * Negative outcomes get a pack too.
 */

export interface DisclosureOfficer {
  id: string;
  displayName: string;
  collarNumber: string | null;
  forceCode: string;
}

export interface DisclosureCandidate {
  rank: number;
  score: number;
  custodyImageId: string;
  galleryForceCode: string;
  custodyReference: string | null;
  imageStatus: string | null;
  /** The custody photograph shown to the reviewers: only in a PDF pack, for roles that may see face images. */
  image?: DisclosureImage | null;
}

/** A face image carried by the pack (never for oversight). */
export interface DisclosureImage {
  mimeType: string;
  base64: string;
}

/** The model that made the templates and the calibration its scores were read against. */
export interface DisclosureModel {
  /** Null for a request that never searched. */
  version: string | null;
  /** Null for a search made before calibrations were recorded. */
  calibration: {
    id: string;
    dataset: string;
    measuredOn: string;
    genuinePairs: number;
    impostorPairs: number;
    /** Cosine and true-accept rate at each false match rate measured. */
    points: Array<{ falseMatchRate: number; cosine: number; trueAcceptRate: number }>;
  } | null;
}

/** A governance document (policy, DPIA, appropriate policy document…) and the version in force at the search. */
export interface DisclosureGovernanceVersion {
  /** Its kind and title, e.g. "DPIA: Facial recognition DPIA". */
  document: string;
  version: string;
  effectiveFrom?: Date | string | null;
  sha256?: string | null;
}

export interface DisclosureProbe {
  /** Null once the request was purged (the image and face box are gone; the hash stays). */
  mimeType: string | null;
  sha256: string | null;
  faceIndex: number | null;
  faceBox: Record<string, number> | null;
  /** When the probe, candidates and decisions were purged under the force's retention periods, and the rule. */
  purged: { purgedAt: Date; rule: string } | null;
  /** Where the image came from: kept by a purge; null for a request made before provenance was required. */
  provenance: ProbeProvenance | null;
  quality: ProbeQuality;
  expectedHitRate: ProbeExpectedHitRate | null;
  hitRateFloor: number | null;
  hitRateOverrideReason: string | null;
  /** Only for roles that may see face images (supervisors); null for oversight. */
  imageBase64: string | null;
  /**
   * What was done to the probe before the search: both hashes and every step (kept by a purge,
   * but for the result's hash); null when the probe was not enhanced. The quality above is the
   * result's, which the search ran on.
   */
  enhancement: ProbeEnhancementRecord | null;
  /** The enhanced image the search ran on, for roles that may see face images; null otherwise. */
  enhancedImageBase64: string | null;
  /** How several probe images were fused for the search; null: one probe image. */
  fusion: ProbeFusion | null;
  /** The additional probe images (frames 1..N-1; the probe above is frame 0); empty once purged. */
  frames: DisclosureProbeFrame[];
}

/** An additional probe image of the request (another frame of the same unknown person). */
export interface DisclosureProbeFrame {
  /** Its index among the request's probe images (0 is the probe). */
  frame: number;
  mimeType: string;
  sha256: string;
  quality: ProbeQuality;
  expectedHitRate: ProbeExpectedHitRate | null;
  /** Only for roles that may see face images; null otherwise. */
  imageBase64: string | null;
}

export interface DisclosureAuditEntry {
  seq: number;
  occurredAt: Date;
  action: string;
  actorOfficerId: string | null;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  hash: string;
}

/** The pack's data, as both renderings take it. */
export interface DisclosurePackData {
  /** The audit event that records this export (the HTML pack), or the pack reference in it (the PDF). */
  reference: string;
  generatedAt: Date;
  generatedById: string;
  forceCode: string;
  request: LoadedRequestView;
  candidates: DisclosureCandidate[];
  /** Rank of the candidate a possible match names. */
  outcomeCandidateRank: number | null;
  probe: DisclosureProbe;
  /** The lead after the match: outcome, corroborating evidence and actions (empty for a negative outcome). */
  lead: LeadView;
  officers: DisclosureOfficer[];
  model: DisclosureModel;
  /** As the search's policy snapshot named them; absent for a search made before the governance register. */
  governanceVersions?: DisclosureGovernanceVersion[];
  /** The request's audit events in chain order (up to the chain head read at generation, for a PDF). */
  auditTrail: DisclosureAuditEntry[];
}

export interface DisclosurePack extends DisclosurePackData {
  html: string;
}

export interface GatherOptions {
  reference: string;
  generatedAt?: Date;
  /** Carry the candidates' custody photographs too (the PDF), where the caller may see face images. */
  candidateImages?: boolean;
  /** Only the audit events up to this chain position (the head read at generation). */
  upToSeq?: number;
}

/** The HTML/JSON pack of the GraphQL query. */
export async function buildDisclosurePack(
  manager: EntityManager,
  ctx: RequestContext,
  r: SearchRequest,
  reference: string,
): Promise<DisclosurePack> {
  const pack = await gatherDisclosurePack(manager, ctx, r, { reference });
  return { ...pack, html: renderDisclosureHtml(pack) };
}

/** Everything the pack holds, read inside the caller's transaction; face images only where the caller may see them. */
export async function gatherDisclosurePack(
  manager: EntityManager,
  ctx: RequestContext,
  r: SearchRequest,
  options: GatherOptions,
): Promise<DisclosurePackData> {
  const { reference } = options;
  const fields = permittedFields(
    ctx.ability,
    'export',
    'DisclosurePack',
    { id: r.id, forceId: r.forceId },
    DISCLOSURE_PACK_FIELDS,
  );
  // everything loaded here, inside the transaction: the GraphQL fields read the loaders' cache
  const [view] = buildRequestViews(new RequestParts(() => manager, ctx.ability, { allFields: true }), [r]);
  const request: LoadedRequestView = { ...view, ...(await loadRequestParts(view)) };
  const probe = await manager.findOne(SearchProbe, { where: { requestId: r.id } });
  const images = fields.has('probeImage');
  // the frames' bytes only for a role that sees face images
  const frames = await manager.find(SearchProbeFrame, {
    where: { requestId: r.id },
    order: { position: 'ASC' },
    select: {
      requestId: true,
      position: true,
      mimeType: true,
      sha256: true,
      quality: true,
      expectedHitRate: true,
      bytes: images,
    },
  });
  const enhancement = (await enhancementRecords(manager, [r.id])).get(r.id) ?? null;
  const enhanced =
    enhancement && images ? await manager.findOne(EnhancedProbe, { where: { requestId: r.id } }) : null;
  const tomb = r.purgedAt ? await manager.findOne(SearchRequestPurge, { where: { requestId: r.id } }) : null;
  const rows = await manager.find(SearchCandidate, { where: { requestId: r.id }, order: { rank: 'ASC' } });
  const records = await custodyRecords(
    manager,
    rows.map((c) => c.imageId),
  );
  const forces = new Map((await manager.find(Force)).map((f) => [f.id, f.code]));
  const lead = await loadLead(manager, r.id, r.forceId);
  const trailQuery = manager
    .createQueryBuilder(AuditEvent, 'e')
    .where(`(e.subject_id = :id OR e.details ->> 'searchRequestId' = :id)`, { id: r.id });
  if (options.upToSeq !== undefined) trailQuery.andWhere('e.seq <= :upTo', { upTo: options.upToSeq });
  const trail = await trailQuery.orderBy('e.seq', 'ASC').getMany();
  const blobs =
    images && options.candidateImages && rows.length
      ? new Map(
          (await manager.find(CustodyImageBlob, { where: { imageId: In(rows.map((c) => c.imageId)) } })).map(
            (b) => [b.imageId, b],
          ),
        )
      : null;
  const calibration = r.policySnapshot?.calibrationId
    ? await manager.findOne(ModelCalibration, { where: { id: r.policySnapshot.calibrationId } })
    : null;
  const officerIds = new Set<string>([
    r.requesterId,
    ...(r.authorisedById ? [r.authorisedById] : []),
    ...(r.adjudicatedById ? [r.adjudicatedById] : []),
    ...(r.endedById ? [r.endedById] : []),
  ]);
  for (const review of request.reviews ?? []) if (review.reviewerId) officerIds.add(review.reviewerId);
  for (const e of trail) if (e.actorOfficerId) officerIds.add(e.actorOfficerId);
  for (const s of enhancement?.steps ?? []) officerIds.add(s.appliedById);
  if (lead.outcome) officerIds.add(lead.outcome.recordedById);
  for (const c of lead.corroborations) officerIds.add(c.recordedById);
  for (const a of lead.actions) {
    officerIds.add(a.proposedById);
    if (a.decidedById) officerIds.add(a.decidedById);
  }
  const officers = await manager.find(Officer, { where: { id: In([...officerIds]) } });

  const documents = r.policySnapshot?.governanceDocuments;
  return {
    reference,
    ...(documents && {
      governanceVersions: documents.map((d) => ({
        document: `${d.kind.replace(/_/g, ' ')}: ${d.title}`,
        version: d.version,
        effectiveFrom: d.effectiveFrom,
        sha256: d.sha256,
      })),
    }),
    generatedAt: options.generatedAt ?? new Date(),
    generatedById: ctx.officer!.id,
    forceCode: forces.get(r.forceId) ?? r.forceId,
    request,
    candidates: rows.map((c) => ({
      rank: c.rank,
      score: c.score,
      custodyImageId: c.imageId,
      galleryForceCode: forces.get(c.forceId) ?? c.forceId,
      custodyReference: records.get(c.imageId)?.custodyReference ?? null,
      imageStatus: records.get(c.imageId)?.status ?? null,
      ...(blobs
        ? {
            image: blobs.has(c.imageId)
              ? {
                  mimeType: blobs.get(c.imageId)!.mimeType,
                  base64: blobs.get(c.imageId)!.bytes.toString('base64'),
                }
              : null,
          }
        : {}),
    })),
    outcomeCandidateRank: rows.find((c) => c.id === r.outcomeCandidateId)?.rank ?? null,
    probe: {
      mimeType: probe?.mimeType ?? null,
      sha256: probe?.sha256 ?? tomb?.probeSha256 ?? null,
      faceIndex: probe?.faceIndex ?? null,
      faceBox: probe?.faceBox ?? null,
      purged: tomb ? { purgedAt: tomb.purgedAt, rule: tomb.rule } : null,
      provenance: provenanceOf(r),
      quality: r.probeQuality,
      expectedHitRate: r.probeExpectedHitRate,
      hitRateFloor: r.probeHitRateFloor,
      hitRateOverrideReason: r.probeHitRateOverrideReason,
      imageBase64: probe && images ? probe.bytes.toString('base64') : null,
      enhancement,
      enhancedImageBase64: enhanced ? enhanced.bytes.toString('base64') : null,
      fusion: r.probeFusion,
      frames: frames.map((f) => ({
        frame: f.position,
        mimeType: f.mimeType,
        sha256: f.sha256.trim(),
        quality: f.quality,
        expectedHitRate: f.expectedHitRate,
        imageBase64: images ? f.bytes.toString('base64') : null,
      })),
    },
    lead,
    officers: officers.map((o) => ({
      id: o.id,
      displayName: o.displayName,
      collarNumber: o.collarNumber,
      forceCode: forces.get(o.forceId) ?? o.forceId,
    })),
    model: {
      version: r.modelVersion,
      calibration: calibration
        ? {
            id: calibration.id,
            dataset: calibration.dataset,
            measuredOn: calibration.measuredOn,
            genuinePairs: calibration.genuinePairs,
            impostorPairs: calibration.impostorPairs,
            points: [
              {
                falseMatchRate: 1e-3,
                cosine: calibration.thresholdAtFar1e3,
                trueAcceptRate: calibration.tarAtFar1e3,
              },
              {
                falseMatchRate: 1e-4,
                cosine: calibration.thresholdAtFar1e4,
                trueAcceptRate: calibration.tarAtFar1e4,
              },
              {
                falseMatchRate: 1e-5,
                cosine: calibration.thresholdAtFar1e5,
                trueAcceptRate: calibration.tarAtFar1e5,
              },
            ],
          }
        : null,
    },
    auditTrail: trail.map((e) => ({
      seq: e.seq,
      occurredAt: e.occurredAt,
      action: e.action,
      actorOfficerId: e.actorOfficerId,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      reason: e.reason,
      hash: e.hash,
    })),
  };
}

const esc = (value: unknown): string =>
  String(value ?? '—').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const when = (d: Date | string | null | undefined) =>
  d
    ? esc(
        new Date(d)
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' UTC'),
      )
    : '—';
const percent = (v: number) => `${(100 * v).toFixed(1)}%`;

/** What the floor's cosine meant for the model, where the snapshot recorded it. */
function floorMeaning(snapshot: PolicySnapshot | null | undefined): string {
  if (!snapshot?.thresholdFloorFalseMatchRate) return '';
  return `: the model's cosine at ${esc(describeFalseMatchRate(snapshot.thresholdFloorFalseMatchRate))} false matches on ${esc(snapshot.scoreCalibration)}; lowest allowed ${esc(snapshot.minimumThreshold)}`;
}

/** The threshold's false-match rate, an upper bound from the calibration's measured points, where recorded. */
function thresholdMeaning(snapshot: PolicySnapshot | null | undefined): string {
  if (!snapshot || snapshot.thresholdFalseMatchRate === undefined) return '';
  const rate = snapshot.thresholdFalseMatchRate;
  const bound =
    rate === null
      ? 'below every calibrated false-match rate'
      : `at most ${esc(describeFalseMatchRate(rate))} false matches on the calibration set`;
  return `${bound}, calibration ${esc(snapshot.calibrationId ?? 'not recorded')}; `;
}

/** The request's several probe images and how they were fused (nothing for a single probe image). */
function framesSection(pack: DisclosurePackData): string {
  const fusion = pack.probe.fusion;
  if (!fusion) return '';
  const frames = pack.probe.frames
    .map(
      (f) =>
        `<tr><td>${esc(f.frame)}</td><td>${f.imageBase64 ? `<img class="probe" alt="probe image ${esc(f.frame)}" src="data:${esc(f.mimeType)};base64,${f.imageBase64}">` : 'withheld'}</td><td>${esc(f.sha256)}</td><td>${esc(Math.round(f.quality.faceSizePx))}</td><td>${f.quality.acceptable ? 'yes' : 'no'}</td><td>${f.expectedHitRate ? esc(percent(f.expectedHitRate.rankOne)) : 'not known'}</td></tr>`,
    )
    .join('\n');
  return `<h3>Several probe images</h3>
<table>
${row('Probe images fused', esc(fusion.frames))}${row('Fusion', esc(fusionText(fusion)))}
${row('Expected hit rate of the fused search', fusion.expectedHitRate ? `at least ${esc(percent(fusion.expectedHitRate.rankOne))} ranked first, ${esc(percent(fusion.expectedHitRate.inCandidateList))} in the candidate list (its best image's, image ${esc(fusion.bestFrame)}: a lower bound)` : 'not known (no quality calibration)')}
</table>
${pack.probe.purged ? '<p>The additional probe images were purged with the probe.</p>' : `<table><tr><th>Image</th><th></th><th>SHA-256</th><th>Face size (px)</th><th>Quality acceptable</th><th>Expected rank-1</th></tr>\n${frames}\n</table>`}`;
}

/** How the probe images were fused, in words. */
export function fusionText(fusion: ProbeFusion): string {
  return `mean template: the ${fusion.frames} images' normalised templates averaged and normalised again, searched as one template (image 0 is the probe above)`;
}

/** The probe's expected hit rate as the pack states it, with what it rests on. */
function expectedHitRateText(probe: DisclosureProbe): string {
  const e = probe.expectedHitRate;
  if (!e) return 'not known (the model that analysed the probe has no quality calibration)';
  return esc(
    `mate ranked first ${percent(e.rankOne)}, in the candidate list ${percent(e.inCandidateList)} of such probes on the development set (${e.basedOnProbes} probes, model ${e.modelVersion}); lower against a large gallery`,
  );
}

const row = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${value}</td></tr>`;
const words = (value: string) => esc(value.replace(/_/g, ' ').toLowerCase());

/** What was recorded on the lead after the outcome: its outcome, the corroborating evidence and the actions. */
function leadSection(lead: LeadView, name: (id: string | null | undefined) => string): string {
  if (!lead.outcome && lead.corroborations.length === 0 && lead.actions.length === 0)
    return '<p>Nothing was recorded on the lead after the outcome: no corroborating evidence, no action.</p>';
  const o = lead.outcome;
  const outcome = o
    ? `<p>Lead ${words(o.result)} — recorded by ${name(o.recordedById)} on ${when(o.recordedAt)}: ${esc(o.note)}</p>`
    : '<p>No outcome of the lead was recorded.</p>';
  const evidence = lead.corroborations.length
    ? `<h3>Corroborating evidence</h3><table><thead><tr><th>Type</th><th>Reference</th><th>Description</th><th>Recorded</th></tr></thead><tbody>
${lead.corroborations.map((c) => `<tr><td>${words(c.type)}</td><td>${esc(c.reference)}</td><td>${esc(c.description)}</td><td>${when(c.recordedAt)} by ${name(c.recordedById)}</td></tr>`).join('')}
</tbody></table>`
    : '<p>No corroborating evidence was recorded.</p>';
  const refOf = new Map(lead.corroborations.map((c) => [c.id, `${words(c.type)} ${esc(c.reference)}`]));
  const actions = lead.actions.length
    ? `<h3>Actions</h3><table><thead><tr><th>Action</th><th>Reason</th><th>Resting on</th><th>Proposed</th><th>Decision</th></tr></thead><tbody>
${lead.actions
  .map(
    (a) =>
      `<tr><td>${words(a.type)}</td><td>${esc(a.reason)}</td><td>${a.corroborationIds.map((id) => refOf.get(id) ?? esc(id)).join('; ')}</td><td>${when(a.proposedAt)} by ${name(a.proposedById)}</td><td>${words(a.status)}${a.decidedById ? ` by ${name(a.decidedById)} on ${when(a.decidedAt)}: ${esc(a.decisionReason)}` : ''}</td></tr>`,
  )
  .join('')}
</tbody></table>`
    : '<p>No action was proposed on the lead.</p>';
  return `${outcome}\n${evidence}\n${actions}`;
}

/** What was done to the probe before the search, step by step, with the image before and after. */
function enhancementSection(
  pack: DisclosurePackData,
  name: (id: string | null | undefined) => string,
): string {
  const e = pack.probe.enhancement;
  if (!e)
    return '<h3>Enhancement</h3><p>The probe was not enhanced: the search ran on the image as received.</p>';
  const image = pack.probe.enhancedImageBase64
    ? `<p><img class="probe" alt="enhanced probe image" src="data:image/png;base64,${pack.probe.enhancedImageBase64}"></p>`
    : pack.probe.purged
      ? ''
      : '<p>The enhanced image is withheld from this copy of the pack.</p>';
  return `<h3>Enhancement (the search ran on the result)</h3>
${image}
<table>
${row('Original SHA-256', esc(e.originalSha256))}
${row('Result SHA-256', esc(e.resultSha256 ?? 'purged'))}
${row('Result size (px)', e.width && e.height ? `${e.width} × ${e.height}` : '—')}
</table>
<table><thead><tr><th>Step</th><th>Operation</th><th>Parameters</th><th>Applied</th><th>SHA-256 before → after</th></tr></thead><tbody>
${e.steps
  .map(
    (s) =>
      `<tr><td>${esc(s.position)}</td><td>${esc(s.operation)}</td><td>${esc(
        Object.entries(s.parameters)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || 'none',
      )}</td><td>${when(s.appliedAt)} by ${name(s.appliedById)}</td><td>${esc(s.inputSha256.slice(0, 16))}… → ${esc(s.outputSha256.slice(0, 16))}…</td></tr>`,
  )
  .join('')}
</tbody></table>`;
}

/** The probe's provenance as the pack states it (or that none was recorded). */
function provenanceRows(p: ProbeProvenance | null): string {
  if (!p)
    return row('Source', 'not recorded (the request was made before the probe’s provenance was required)');
  const source = PROBE_SOURCE_LABELS[p.sourceType] ?? p.sourceType;
  return [
    row('Source', esc(p.otherSourceType ? `${source}: ${p.otherSourceType}` : source)),
    row('Obtained from', esc(p.obtainedFrom)),
    row('Obtained by', esc(p.obtainedBy)),
    row('Obtained', when(p.obtainedAt)),
    row('Exhibit reference', esc(p.exhibitReference)),
  ].join('');
}

/** The model's calibration: its cosine and true-accept rate at each false match rate measured. */
function calibrationSection(model: DisclosureModel): string {
  const c = model.calibration;
  if (!c) return '<p>No calibration was recorded for this search.</p>';
  return `<table>
${row('Calibration', esc(c.id))}${row('Dataset', `${esc(c.dataset)}, measured ${esc(c.measuredOn)}`)}
${row('Pairs', `${esc(c.genuinePairs)} genuine, ${esc(c.impostorPairs)} impostor`)}
</table>
<table><thead><tr><th>False match rate</th><th>Cosine</th><th>True accept rate</th></tr></thead><tbody>
${c.points.map((p) => `<tr><td>${esc(describeFalseMatchRate(p.falseMatchRate))}</td><td>${esc(p.cosine.toFixed(4))}</td><td>${esc(percent(p.trueAcceptRate))}</td></tr>`).join('')}
</tbody></table>`;
}

/** Said of a search made before the governance register (its snapshot names no documents). */
export const GOVERNANCE_NOT_RECORDED = 'Not recorded: searched before the governance register.';

/** The governance documents in force at the search, or that none were recorded. */
function governanceSection(docs: DisclosureGovernanceVersion[] | undefined): string {
  if (!docs) return `<p>${GOVERNANCE_NOT_RECORDED}</p>`;
  if (docs.length === 0) return '<p>None registered.</p>';
  return `<table><thead><tr><th>Document</th><th>Version</th><th>In force from</th><th>SHA-256</th></tr></thead><tbody>
${docs.map((d) => `<tr><td>${esc(d.document)}</td><td>${esc(d.version)}</td><td>${when(d.effectiveFrom)}</td><td>${esc(d.sha256)}</td></tr>`).join('')}
</tbody></table>`;
}

/** A self-contained page (no scripts, no external resources) meant to be printed or saved as PDF. */
export function renderDisclosureHtml(pack: DisclosurePackData): string {
  const r = pack.request;
  const name = (id: string | null | undefined) => {
    const o = pack.officers.find((x) => x.id === id);
    return o
      ? `${esc(o.displayName)}${o.collarNumber ? ` (${esc(o.collarNumber)})` : ''}, ${esc(o.forceCode)}`
      : esc(id);
  };
  const rankOf = (candidateId: string | null | undefined) =>
    r.candidates?.find((c) => c.id === candidateId)?.rank;
  const outcome = r.outcome
    ? `<p class="outcome"><strong>${esc(r.outcome.result.replace(/_/g, ' ').toLowerCase())}</strong>${r.outcome.custodyRecord ? `: custody record ${esc(r.outcome.custodyRecord.custodyReference)} (rank ${esc(pack.outcomeCandidateRank)})` : ''}
       — <em>${esc(r.outcome.caveat)}</em>. Reached by: ${esc(r.outcome.basis)} on ${when(r.outcome.decidedAt)}.</p>`
    : '<p class="outcome">No outcome was recorded (the request ended before one was reached).</p>';
  const snapshot = r.policySnapshot;
  const reviews = (r.reviews ?? [])
    .map(
      (v) => `<h3>${esc(v.stage)} review — ${name(v.reviewerId)}</h3>
      <p>Task created ${when(v.createdAt)}, claimed ${when(v.claimedAt)}, submitted ${when(v.submittedAt)} (${esc(v.status)}).</p>
      <table><thead><tr><th>Rank</th><th>Decision</th><th>Rationale</th></tr></thead><tbody>
      ${v.decisions.map((d) => `<tr><td>${esc(d.rank)}</td><td>${esc(d.decision)}</td><td>${esc(d.rationale)}</td></tr>`).join('')}
      </tbody></table>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Disclosure pack ${esc(r.id)}</title>
<style>
body{font-family:Georgia,serif;margin:2cm;color:#111}h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.5em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top;font-size:.9em}
th{background:#f2f2f2;width:14em}.outcome{font-size:1.05em;padding:.5em;border:2px solid #333}.caveat{font-weight:bold}
img.probe{max-width:8cm;max-height:8cm;border:1px solid #333}@media print{h2{page-break-after:avoid}table{page-break-inside:avoid}}
</style></head><body>
<h1>Facial recognition search — disclosure pack</h1>
<p class="caveat">A facial recognition result is a lead for investigation: possible match — intelligence only, not evidence of identity.</p>
<table>
${row('Pack reference', esc(pack.reference))}
${row('Generated', `${when(pack.generatedAt)} by ${name(pack.generatedById)}`)}
${row('Force', esc(pack.forceCode))}
${row('Search request', esc(r.id))}
${row('Crime reference', esc(r.crimeReference))}
${row('Offence category', esc(r.offenceCategory))}
${row('Requested by', name(r.requesterId))}
${row('Purpose', esc(r.purpose))}
${row('Legal basis', esc(r.legalBasis))}
${row('Justification', esc(r.justification))}
${row('Status', esc(r.status))}
</table>
<h2>Outcome</h2>
${outcome}
<h2>Timeline</h2>
<table>
${row('Created', when(r.createdAt))}${row('Submitted', when(r.submittedAt))}${row('Authorisation decided', when(r.authorisation?.decidedAt))}
${row('Searched', when(r.searchedAt))}${row('Outcome', when(r.outcomeAt))}${row('Closed', when(r.endedAt))}
</table>
<h2>Authorisation</h2>
<table>
${row('Required', r.authorisationRequired ? `yes: ${esc((r.authorisationReasons ?? []).join(', '))}` : 'no')}
${row('Rank needed', esc(r.authorisationRank ?? (r.authorisationRequired ? 'any authoriser' : null)))}
${row('Decision', r.authorisation ? `${esc(r.authorisation.decision)} by ${name(r.authorisation.decidedById)} on ${when(r.authorisation.decidedAt)}` : '—')}
${row('Rationale', esc(r.authorisation?.rationale))}
</table>
<h2>Probe image</h2>
${pack.probe.purged ? `<p>The probe image, its template, the candidate list and the review decisions were purged on ${when(pack.probe.purged.purgedAt)} under the force's retention rule ${esc(pack.probe.purged.rule)}.</p>` : pack.probe.imageBase64 ? `<p><img class="probe" alt="probe image" src="data:${esc(pack.probe.mimeType)};base64,${pack.probe.imageBase64}"></p>` : '<p>The probe image is withheld from this copy of the pack.</p>'}
<h3>Where the probe image came from</h3>
<table>
${provenanceRows(pack.probe.provenance)}
</table>
<table>
${row('SHA-256', esc(pack.probe.sha256))}${row('Face chosen', esc(pack.probe.faceIndex ?? 'the only face'))}
${row('Face size (px)', esc(Math.round(pack.probe.quality.faceSizePx)))}${row('Sharpness', esc(pack.probe.quality.sharpness.toFixed(1)))}
${row('Detector score', esc(pack.probe.quality.detectorScore.toFixed(3)))}${row('Quality acceptable', pack.probe.quality.acceptable ? 'yes' : `no (${esc(pack.probe.quality.reasons.join(', '))})`)}
${row('Expected hit rate', expectedHitRateText(pack.probe))}
${row('Force floor (expected rank-1)', pack.probe.hitRateFloor === null ? '—' : esc(percent(pack.probe.hitRateFloor)))}
${row('Searched below the floor because', esc(pack.probe.hitRateOverrideReason ?? '—'))}
</table>
${framesSection(pack)}
<h2>Enhancement of the probe</h2>
${enhancementSection(pack, name)}
<h2>Gallery policy and model</h2>
<table>
${row('Model version', esc(r.modelVersion))}
${row('Seriousness tier', tierMeaning(snapshot))}
${row('Threshold (cosine similarity)', `${esc(r.threshold)} (${thresholdMeaning(snapshot)}force floor ${esc(snapshot?.thresholdFloor)}${floorMeaning(snapshot)})`)}
${row('Candidate list length (K)', esc(r.k))}
${row('Galleries', esc(snapshot?.forceCodes.join(', ')))}
${row('Sharing agreements', esc(snapshot?.sharingAgreementIds.join(', ') || 'none'))}
${row('Under-18 records included', (snapshot?.includeUnder18 ?? r.includeUnder18) ? 'yes' : 'no')}
${row('Excluded retention classes', esc(snapshot?.excludedRetentionClasses.join(', ') || 'none'))}
${row('Excluded image statuses', esc(snapshot?.excludedStatuses.join(', ')))}
${row('Eligible gallery size', esc(snapshot?.eligibleCount))}
${row('Policy taken at', when(snapshot?.takenAt))}
${row('Model validation record', snapshot?.governanceDocuments ? esc(snapshot.validationRecordId ?? 'none recorded') : '—')}
</table>
<h3>Calibration of the model</h3>
${calibrationSection(pack.model)}
<h2>Governance versions in force</h2>
${governanceSection(pack.governanceVersions)}
<h2>Candidate list</h2>
<table><thead><tr><th>Rank</th><th>Score</th><th>Gallery</th><th>Custody reference</th><th>Custody image</th><th>Image status now</th></tr></thead><tbody>
${pack.candidates.map((c) => `<tr><td>${esc(c.rank)}</td><td>${esc(c.score.toFixed(4))}</td><td>${esc(c.galleryForceCode)}</td><td>${esc(c.custodyReference)}</td><td>${esc(c.custodyImageId)}</td><td>${esc(c.imageStatus)}</td></tr>`).join('') || '<tr><td colspan="6">No candidate reached the threshold.</td></tr>'}
</tbody></table>
<h2>Reviews</h2>
${reviews || '<p>No review took place.</p>'}
${r.adjudication ? `<h2>Adjudication</h2><table>${row('Supervisor', name(r.adjudication.adjudicatedById))}${row('Decided', when(r.adjudication.adjudicatedAt))}${row('Result', esc(r.adjudication.result))}${row('Candidate rank', esc(rankOf(r.adjudication.candidateId)))}${row('Rationale', esc(r.adjudication.rationale))}</table>` : ''}
<h2>The lead after the match</h2>
${leadSection(pack.lead, name)}
<h2>Audit trail</h2>
<table><thead><tr><th>Chain position</th><th>When</th><th>Action</th><th>By</th><th>Reason</th><th>Chain hash</th></tr></thead><tbody>
${pack.auditTrail.map((e) => `<tr><td>${esc(e.seq)}</td><td>${when(e.occurredAt)}</td><td>${esc(e.action)}</td><td>${e.actorOfficerId ? name(e.actorOfficerId) : 'system'}</td><td>${esc(e.reason)}</td><td>${esc(e.hash)}</td></tr>`).join('')}
</tbody></table>
<p>Each audit entry is part of the tamper-evident hash chain; the last entry's hash is ${esc(pack.auditTrail.at(-1)?.hash)}.</p>
</body></html>
`;
}

/** The seriousness tier a search ran under, in words (none recorded before tiers). */
function tierMeaning(snapshot: PolicySnapshot | null | undefined): string {
  const tier = snapshot?.seriousnessTier;
  if (!tier) return 'not recorded';
  const floor =
    tier.thresholdFloorFalseMatchRate === null
      ? "the force's floor"
      : `floor ${describeFalseMatchRate(tier.thresholdFloorFalseMatchRate)} false matches`;
  return esc(
    `${tier.name}${tier.configured ? '' : ' (default configuration)'}: authorisation ${tier.authorisation}, lists of at most ${tier.maxCandidates}, ${floor}; under-18 records ${tier.under18Searchable ? 'searchable' : 'never searched'}, not-convicted records ${tier.notConvictedSearchable ? 'searchable' : 'never searched'}`,
  );
}
