import { createHash } from 'node:crypto';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import type { AuditActor, AuditEntry } from '../audit';
import type { Tx } from '../db';
import {
  Force,
  GovernanceAcknowledgement,
  GovernanceDocument,
  GovernanceDocumentFile,
  GovernanceDocumentKind,
  GovernanceDocumentVersion,
  GovernanceDocumentVersionStatus,
  type GovernanceDocumentInForce,
} from '../entities';
import { badInput, conflict, DomainError, notFound, unauthenticated } from '../errors';
import {
  ACKNOWLEDGED_KIND,
  ACKNOWLEDGED_REQUEST_STEPS,
  ACKNOWLEDGED_TASK_STEPS,
  isInForce,
  missingKinds,
  subject,
  versionInForce,
} from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

/** The largest document file held (a PDF); larger ones are registered by reference. */
export const GOVERNANCE_FILE_MAX_BYTES = 10 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface NewGovernanceDocumentVersion {
  /** An existing document of the caller's force; or kind and title (a document of that title is created if none). */
  documentId?: string | null;
  kind?: GovernanceDocumentKind | null;
  title?: string | null;
  version: string;
  effectiveFrom: Date;
  effectiveTo?: Date | null;
  /** The PDF itself, base64. */
  fileBase64?: string | null;
  fileName?: string | null;
  /** Or where it is held, with the sha256 of its bytes. */
  reference?: { uri: string; sha256: string } | null;
}

/** A version as read: whether it is in force now and whether the reader has acknowledged it. */
export interface GovernanceVersionView extends GovernanceDocumentVersion {
  inForce: boolean;
  acknowledgedByMe: boolean;
}

export interface GovernanceDocumentView extends GovernanceDocument {
  versions: GovernanceVersionView[];
  currentVersion: GovernanceVersionView | null;
}

export interface GovernanceFileView {
  versionId: string;
  sha256: string;
  fileName: string | null;
  mimeType: string | null;
  byteSize: number | null;
  referenceUri: string | null;
  /** The held file, base64; null for a version registered by reference. */
  contentBase64: string | null;
}

/** What of a force's register a search relies on: the versions in force, and the required kinds without one. */
export interface GovernanceInForce {
  documents: GovernanceDocumentInForce[];
  required: GovernanceDocumentKind[];
  missing: GovernanceDocumentKind[];
}

/**
 * The governance register of each force: versioned documents (DPIA, equality impact assessment,
 * appropriate policy document, facial recognition policy, sharing agreements), each version with
 * its sha256 and its PDF or a reference to it.
 *
 * - `register`: a force admin registers a version (PENDING_APPROVAL): not in force yet.
 * - `approve`: another admin of the force approves it (nobody approves their own upload; the
 *   database refuses it too); from its start it supersedes the version in force before.
 * - `acknowledge`: an officer records having read a version. Until they have acknowledged the
 *   version of the force's facial recognition policy in force, their workflow steps are refused
 *   (SOP_ACKNOWLEDGEMENT_REQUIRED, `assertStepAcknowledged`).
 * - `setRequiredDocuments`: which kinds must each have a version in force before a search runs.
 *
 * Every change is one transaction with its audit event.
 */
export class GovernanceService {
  constructor(private readonly uow: UnitOfWork) {}

  register(ctx: RequestContext, input: NewGovernanceDocumentVersion): Promise<GovernanceVersionView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'GovernanceDocument', { forceId });
      const version = requireText(input.version, 'version', TEXT_LIMITS.governanceDocumentVersion);
      const period = validPeriod(input.effectiveFrom, input.effectiveTo ?? null);
      const content = documentContent(input);
      const document = await this.documentFor(ctx, tx, input, forceId);
      const now = new Date();
      const row = manager.create(GovernanceDocumentVersion, {
        documentId: document.id,
        forceId: document.forceId,
        version,
        effectiveFrom: period.from,
        effectiveTo: period.to,
        sha256: content.sha256,
        referenceUri: content.referenceUri,
        fileName: content.fileName,
        mimeType: content.mimeType,
        byteSize: content.bytes?.length ?? null,
        status: GovernanceDocumentVersionStatus.PENDING_APPROVAL,
        registeredById: ctx.officer!.id,
        registeredAt: now,
        approvedById: null,
        approvedAt: null,
        approvalNote: null,
        supersedesVersionId: null,
      });
      await insertOrConflict(
        manager,
        GovernanceDocumentVersion,
        row,
        `Version ${version} of "${document.title}" is already registered`,
      );
      if (content.bytes)
        await manager.insert(GovernanceDocumentFile, { versionId: row.id, bytes: content.bytes });
      await this.uow.audit(ctx, tx, {
        action: 'GOVERNANCE_DOCUMENT_VERSION_REGISTERED',
        subjectType: 'GovernanceDocument',
        subjectId: document.id,
        forceId: document.forceId,
        details: {
          documentId: document.id,
          versionId: row.id,
          kind: document.kind,
          title: document.title,
          version,
          sha256: row.sha256,
          storage: content.bytes ? 'FILE' : 'REFERENCE',
          byteSize: row.byteSize,
          referenceUri: row.referenceUri,
          effectiveFrom: row.effectiveFrom.toISOString(),
          effectiveTo: row.effectiveTo?.toISOString() ?? null,
        },
      });
      return { ...row, inForce: false, acknowledgedByMe: false };
    });
  }

  approve(ctx: RequestContext, versionId: string, note?: string | null): Promise<GovernanceVersionView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const version = await manager.findOne(GovernanceDocumentVersion, {
        where: { id: versionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!version) throw notFound('GovernanceDocumentVersion', versionId);
      // another force's version is NOT_FOUND; one's own upload FORBIDDEN (nobody approves their own)
      assertCan(ctx, 'authorise', 'GovernanceDocument', {
        id: version.id,
        forceId: version.forceId,
        registeredById: version.registeredById,
      });
      const text =
        note === undefined || note === null
          ? null
          : requireText(note, 'note', TEXT_LIMITS.governanceApprovalNote);
      if (version.status !== GovernanceDocumentVersionStatus.PENDING_APPROVAL)
        throw conflict('This version is already approved', {
          status: version.status,
          approvedById: version.approvedById,
        });
      const document = await manager.findOneByOrFail(GovernanceDocument, { id: version.documentId });
      const approved = await manager.find(GovernanceDocumentVersion, {
        where: { documentId: document.id, status: GovernanceDocumentVersionStatus.APPROVED },
        lock: { mode: 'pessimistic_write' },
      });
      const later = approved.find((v) => v.effectiveFrom.getTime() >= version.effectiveFrom.getTime());
      if (later)
        throw conflict(
          `Version ${later.version} of "${document.title}" starts on or after this one: register a version that starts later`,
          { versionId: later.id, effectiveFrom: later.effectiveFrom.toISOString() },
        );
      // the version in force when this one starts is superseded: its period ends where this one's begins
      const superseded = versionInForce(approved, version.effectiveFrom);
      const closed = approved.filter(
        (v) => v.effectiveTo === null || v.effectiveTo.getTime() > version.effectiveFrom.getTime(),
      );
      for (const v of closed)
        await manager.update(GovernanceDocumentVersion, { id: v.id }, { effectiveTo: version.effectiveFrom });
      const now = new Date();
      Object.assign(version, {
        status: GovernanceDocumentVersionStatus.APPROVED,
        approvedById: ctx.officer!.id,
        approvedAt: now,
        approvalNote: text,
        supersedesVersionId: superseded?.id ?? null,
      });
      await manager.update(
        GovernanceDocumentVersion,
        { id: version.id },
        {
          status: version.status,
          approvedById: version.approvedById,
          approvedAt: now,
          approvalNote: text,
          supersedesVersionId: version.supersedesVersionId,
        },
      );
      await this.uow.audit(ctx, tx, {
        action: 'GOVERNANCE_DOCUMENT_VERSION_APPROVED',
        subjectType: 'GovernanceDocument',
        subjectId: document.id,
        forceId: document.forceId,
        reason: text,
        details: {
          documentId: document.id,
          versionId: version.id,
          kind: document.kind,
          title: document.title,
          version: version.version,
          sha256: version.sha256,
          registeredById: version.registeredById,
          effectiveFrom: version.effectiveFrom.toISOString(),
          supersedesVersionId: version.supersedesVersionId,
          periodsClosed: closed.map((v) => v.id),
        },
      });
      const acknowledged = await manager.exists(GovernanceAcknowledgement, {
        where: { versionId: version.id, officerId: ctx.officer!.id },
      });
      return { ...version, inForce: isInForce(version, now), acknowledgedByMe: acknowledged };
    });
  }

  /** The caller has read an approved version; acknowledging one already acknowledged changes nothing. */
  acknowledge(ctx: RequestContext, versionId: string): Promise<GovernanceAcknowledgement> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const version = await manager.findOne(GovernanceDocumentVersion, { where: { id: versionId } });
      if (!version) throw notFound('GovernanceDocumentVersion', versionId);
      assertCan(ctx, 'acknowledge', 'GovernanceDocument', { id: version.id, forceId: version.forceId });
      if (version.status !== GovernanceDocumentVersionStatus.APPROVED)
        throw new DomainError('INVALID_STATE', 'Only an approved version is acknowledged', {
          status: version.status,
        });
      const officerId = ctx.officer!.id;
      const before = await manager.findOne(GovernanceAcknowledgement, { where: { versionId, officerId } });
      if (before) return before;
      const document = await manager.findOneByOrFail(GovernanceDocument, { id: version.documentId });
      const row = manager.create(GovernanceAcknowledgement, {
        versionId,
        officerId,
        forceId: version.forceId,
        acknowledgedAt: new Date(),
      });
      await insertOrConflict(manager, GovernanceAcknowledgement, row, 'This version is already acknowledged');
      await this.uow.audit(ctx, tx, {
        action: 'GOVERNANCE_DOCUMENT_ACKNOWLEDGED',
        subjectType: 'GovernanceDocument',
        subjectId: document.id,
        forceId: version.forceId,
        details: {
          documentId: document.id,
          versionId,
          kind: document.kind,
          title: document.title,
          version: version.version,
          sha256: version.sha256,
        },
      });
      return row;
    });
  }

  /** A force's register: every document with its versions, by kind and title (the caller's force by default). */
  list(ctx: RequestContext, forceId?: string | null): Promise<GovernanceDocumentView[]> {
    return this.uow.read(ctx, async (manager) => {
      const id = forceId ?? ctx.officer?.forceId ?? '';
      assertCan(ctx, 'read', 'GovernanceDocument', { forceId: id });
      const documents = await manager.find(GovernanceDocument, {
        where: { forceId: id },
        order: { kind: 'ASC', title: 'ASC' },
      });
      return this.withVersions(ctx, manager, documents);
    });
  }

  /** The approved versions in force of the caller's force's facial recognition policy they have not acknowledged. */
  pendingAcknowledgements(ctx: RequestContext): Promise<GovernanceVersionView[]> {
    return this.uow.read(ctx, async (manager) => {
      if (!ctx.officer) throw unauthenticated();
      // an officer outside the force's roles (oversight) takes no workflow step: nothing to acknowledge
      if (!ctx.ability.can('acknowledge', subject('GovernanceDocument', { forceId: ctx.officer.forceId })))
        return [];
      const now = new Date();
      const pending = await unacknowledged(manager, ctx.officer!.id, ctx.officer!.forceId, now);
      return pending.map((v) => ({ ...v, inForce: true, acknowledgedByMe: false }));
    });
  }

  /** A version's file (or its reference), for those who may read the force's register. */
  file(ctx: RequestContext, versionId: string): Promise<GovernanceFileView> {
    return this.uow.read(ctx, async (manager) => {
      const version = await manager.findOne(GovernanceDocumentVersion, { where: { id: versionId } });
      if (!version) throw notFound('GovernanceDocumentVersion', versionId);
      assertCan(ctx, 'read', 'GovernanceDocument', { id: version.id, forceId: version.forceId });
      const file = version.referenceUri
        ? null
        : await manager.findOne(GovernanceDocumentFile, { where: { versionId } });
      return {
        versionId,
        sha256: version.sha256,
        fileName: version.fileName,
        mimeType: version.mimeType,
        byteSize: version.byteSize,
        referenceUri: version.referenceUri,
        contentBase64: file ? Buffer.from(file.bytes).toString('base64') : null,
      };
    });
  }

  /** A force admin sets which kinds must each have a version in force before the force's searches run. */
  setRequiredDocuments(
    ctx: RequestContext,
    input: { kinds: readonly GovernanceDocumentKind[]; reason: string },
  ): Promise<Force> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'update', 'Force', { id: forceId });
      const known = Object.values(GovernanceDocumentKind);
      const bad = input.kinds.find((k) => !known.includes(k));
      if (bad !== undefined)
        throw badInput(`kinds must be among ${known.join(', ')}`, { field: 'kinds', kind: bad });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.requiredDocumentsChangeReason);
      const force = await tx.manager.findOne(Force, {
        where: { id: forceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!force) throw notFound('Force', forceId);
      const before = force.requiredGovernanceDocuments;
      const after = known.filter((k) => input.kinds.includes(k));
      await tx.manager.update(Force, { id: forceId }, { requiredGovernanceDocuments: after });
      force.requiredGovernanceDocuments = after;
      const inForce = await governanceInForce(tx.manager, forceId, new Date());
      await this.uow.audit(ctx, tx, {
        action: 'FORCE_REQUIRED_DOCUMENTS_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: { before, after, missingNow: inForce.missing },
      });
      return force;
    });
  }

  private async documentFor(
    ctx: RequestContext,
    tx: Tx,
    input: NewGovernanceDocumentVersion,
    forceId: string,
  ): Promise<GovernanceDocument> {
    const { manager } = tx;
    if (input.documentId) {
      if (input.kind || input.title)
        throw badInput('Name the document by documentId, or by kind and title, not both', {
          field: 'documentId',
        });
      const found = await manager.findOne(GovernanceDocument, {
        where: { id: input.documentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw notFound('GovernanceDocument', input.documentId);
      assertCan(ctx, 'create', 'GovernanceDocument', { id: found.id, forceId: found.forceId });
      return found;
    }
    if (!input.kind || !Object.values(GovernanceDocumentKind).includes(input.kind))
      throw badInput(`A new document needs its kind: ${Object.values(GovernanceDocumentKind).join(', ')}`, {
        field: 'kind',
      });
    const title = requireText(input.title, 'title', TEXT_LIMITS.governanceDocumentTitle);
    const same = await manager.findOne(GovernanceDocument, { where: { forceId, kind: input.kind, title } });
    if (same) return same;
    const created = manager.create(GovernanceDocument, {
      forceId,
      kind: input.kind,
      title,
      createdById: ctx.officer!.id,
      createdAt: new Date(),
    });
    await insertOrConflict(manager, GovernanceDocument, created, `A document "${title}" is being registered`);
    return created;
  }

  private async withVersions(
    ctx: RequestContext,
    manager: EntityManager,
    documents: GovernanceDocument[],
  ): Promise<GovernanceDocumentView[]> {
    if (documents.length === 0) return [];
    const versions = await manager.find(GovernanceDocumentVersion, {
      where: { documentId: In(documents.map((d) => d.id)) },
      order: { effectiveFrom: 'DESC', registeredAt: 'DESC' },
    });
    const acknowledged = new Set(
      versions.length && ctx.officer
        ? (
            await manager.find(GovernanceAcknowledgement, {
              where: { officerId: ctx.officer.id, versionId: In(versions.map((v) => v.id)) },
            })
          ).map((a) => a.versionId)
        : [],
    );
    const now = new Date();
    return documents.map((d) => {
      const own = versions
        .filter((v) => v.documentId === d.id)
        .map((v) => ({ ...v, inForce: false, acknowledgedByMe: acknowledged.has(v.id) }));
      const current = versionInForce(own, now);
      if (current) current.inForce = true;
      return { ...d, versions: own, currentVersion: current };
    });
  }
}

/**
 * The register as a search relies on it: the version in force of each of the force's documents at
 * `at`, and the kinds the force requires that have none.
 */
export async function governanceInForce(
  manager: EntityManager,
  forceId: string,
  at: Date,
): Promise<GovernanceInForce> {
  const force = await manager.findOne(Force, { where: { id: forceId } });
  const required = force?.requiredGovernanceDocuments ?? [];
  const rows: Array<GovernanceDocumentVersion & { kind: GovernanceDocumentKind; title: string }> =
    await manager
      .createQueryBuilder(GovernanceDocumentVersion, 'v')
      .innerJoin(GovernanceDocument, 'd', 'd.id = v.document_id')
      .select('v')
      .addSelect(['d.kind', 'd.title'])
      .where('v.force_id = :forceId AND v.status = :approved', {
        forceId,
        approved: GovernanceDocumentVersionStatus.APPROVED,
      })
      .andWhere('v.effective_from <= :at AND (v.effective_to IS NULL OR v.effective_to > :at)', { at })
      .orderBy('d.kind')
      .addOrderBy('d.title')
      .addOrderBy('v.effective_from', 'DESC')
      .getRawAndEntities()
      .then(({ raw, entities }) =>
        entities.map((v, i) => ({ ...v, kind: raw[i].d_kind, title: raw[i].d_title })),
      );
  const byDocument = new Map<string, (typeof rows)[number]>();
  for (const v of rows) if (!byDocument.has(v.documentId)) byDocument.set(v.documentId, v);
  const documents = [...byDocument.values()].map((v) => ({
    documentId: v.documentId,
    versionId: v.id,
    kind: v.kind,
    title: v.title,
    version: v.version,
    sha256: v.sha256,
    effectiveFrom: v.effectiveFrom.toISOString(),
  }));
  return { documents, required, missing: missingKinds(required, documents) };
}

/** The refusal of a search while a required document has no version in force; `audit`: the refusal is recorded on its own. */
export function governanceMissing(
  missing: readonly GovernanceDocumentKind[],
  refusal?: Omit<AuditEntry, 'action'>,
): DomainError {
  return new DomainError(
    'GOVERNANCE_DOCUMENT_MISSING',
    `Your force requires governance documents before it searches, and these have no approved version in force: ${missing.join(', ')}`,
    { missing: [...missing] },
    refusal
      ? {
          refusal: {
            ...refusal,
            action: 'GOVERNANCE_SEARCH_REFUSAL',
            details: { ...refusal.details, missing: [...missing] },
          },
        }
      : {},
  );
}

/** Versions of the force's facial recognition policy in force at `at` that the officer has not acknowledged. */
async function unacknowledged(
  manager: EntityManager,
  officerId: string,
  forceId: string,
  at: Date,
): Promise<GovernanceDocumentVersion[]> {
  return manager
    .createQueryBuilder(GovernanceDocumentVersion, 'v')
    .innerJoin(GovernanceDocument, 'd', 'd.id = v.document_id')
    .where('v.force_id = :forceId AND d.kind = :kind AND v.status = :approved', {
      forceId,
      kind: ACKNOWLEDGED_KIND,
      approved: GovernanceDocumentVersionStatus.APPROVED,
    })
    .andWhere('v.effective_from <= :at AND (v.effective_to IS NULL OR v.effective_to > :at)', { at })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM governance_acknowledgement a WHERE a.version_id = v.id AND a.officer_id = :officerId)',
      { officerId },
    )
    .orderBy('v.effective_from', 'ASC')
    .getMany();
}

/** A workflow step, as the acknowledgement guard names it. */
export interface WorkflowStep {
  /** A request's transition (or 'create'), or a review task's. */
  on: 'request' | 'task';
  name: string;
  subjectType: 'SearchRequest' | 'ReviewTask' | 'Case';
  subjectId: string;
}

/**
 * The one guard on who acts in the workflow: an officer who has not acknowledged the version of
 * their force's facial recognition policy in force may not take the steps listed in
 * src/policy/governance-policy.ts (SOP_ACKNOWLEDGEMENT_REQUIRED, naming the version, and the
 * refusal audited on its own). The workflow's own moves (no officer) are never held up.
 */
export async function assertStepAcknowledged(
  manager: EntityManager,
  actor: AuditActor | null,
  step: WorkflowStep,
): Promise<void> {
  if (!actor) return;
  const gated = step.on === 'request' ? ACKNOWLEDGED_REQUEST_STEPS : ACKNOWLEDGED_TASK_STEPS;
  if (!gated.includes(step.name)) return;
  const [pending] = await unacknowledged(manager, actor.officerId, actor.forceId, new Date());
  if (!pending) return;
  const document = await manager.findOneByOrFail(GovernanceDocument, { id: pending.documentId });
  const named = {
    documentId: document.id,
    versionId: pending.id,
    title: document.title,
    version: pending.version,
  };
  throw new DomainError(
    'SOP_ACKNOWLEDGEMENT_REQUIRED',
    `Version ${pending.version} of your force's facial recognition policy ("${document.title}") is in force and you have not acknowledged it: read it, acknowledge it (acknowledgeGovernanceDocument), then try again`,
    { ...named, step: step.name },
    {
      refusal: {
        action: 'SOP_ACKNOWLEDGEMENT_REFUSAL',
        subjectType: step.subjectType,
        subjectId: step.subjectId,
        forceId: actor.forceId,
        details: { ...named, step: step.name, on: step.on },
      } satisfies AuditEntry,
    },
  );
}

interface DocumentContent {
  sha256: string;
  bytes: Buffer | null;
  referenceUri: string | null;
  fileName: string | null;
  mimeType: string | null;
}

/** The file (a PDF, base64, within the limit) or the reference (a URI and the sha256 of its bytes): exactly one. */
function documentContent(input: NewGovernanceDocumentVersion): DocumentContent {
  const hasFile = input.fileBase64 !== undefined && input.fileBase64 !== null;
  const hasReference = input.reference !== undefined && input.reference !== null;
  if (hasFile === hasReference)
    throw badInput('Give the document either as a file (fileBase64) or as a reference (uri and sha256)', {
      field: 'fileBase64',
    });
  if (hasReference) {
    const uri = requireText(input.reference!.uri, 'reference.uri', TEXT_LIMITS.governanceReferenceUri);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(uri))
      throw badInput('reference.uri must be a URI (scheme:…)', { field: 'reference.uri' });
    const sha256 = (input.reference!.sha256 ?? '').trim().toLowerCase();
    if (!SHA256.test(sha256))
      throw badInput('reference.sha256 must be 64 hexadecimal characters', { field: 'reference.sha256' });
    return { sha256, bytes: null, referenceUri: uri, fileName: null, mimeType: null };
  }
  const text = input.fileBase64!.replace(/\s+/g, '');
  if (text.length > Math.ceil(GOVERNANCE_FILE_MAX_BYTES / 3) * 4)
    throw badInput(`The file is larger than ${GOVERNANCE_FILE_MAX_BYTES} bytes: register it by reference`, {
      field: 'fileBase64',
      maxBytes: GOVERNANCE_FILE_MAX_BYTES,
    });
  if (!BASE64.test(text) || text.length % 4 !== 0)
    throw badInput('fileBase64 is not base64', { field: 'fileBase64' });
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0 || bytes.length > GOVERNANCE_FILE_MAX_BYTES)
    throw badInput(`The file must hold 1 to ${GOVERNANCE_FILE_MAX_BYTES} bytes`, {
      field: 'fileBase64',
      maxBytes: GOVERNANCE_FILE_MAX_BYTES,
    });
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw badInput('The file is not a PDF (it does not start with %PDF-)', { field: 'fileBase64' });
  const fileName =
    input.fileName === undefined || input.fileName === null
      ? null
      : requireText(input.fileName, 'fileName', TEXT_LIMITS.governanceFileName);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    referenceUri: null,
    fileName,
    mimeType: 'application/pdf',
  };
}

function validPeriod(from: Date, to: Date | null): { from: Date; to: Date | null } {
  if (!(from instanceof Date) || Number.isNaN(from.getTime()))
    throw badInput('effectiveFrom must be a date', { field: 'effectiveFrom' });
  if (to !== null && (!(to instanceof Date) || Number.isNaN(to.getTime()) || to <= from))
    throw badInput('effectiveTo must be after effectiveFrom', { field: 'effectiveTo' });
  return { from, to };
}

async function insertOrConflict<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  row: T,
  message: string,
): Promise<void> {
  try {
    await manager.insert(entity, row as never);
  } catch (error) {
    if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505')
      throw conflict(message);
    throw error;
  }
}
