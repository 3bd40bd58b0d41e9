import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import { type EntityManager, In, Not } from 'typeorm';
import type { AuditActor } from '../audit';
import { appendAudit } from '../audit';
import { Database, Tx } from '../db';
import { FaceSearchRepository } from '../db/face-search.repository';
import { ModelVersionRepository } from '../db/model-version.repository';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  CustodyImage,
  CustodyImageBlob,
  CustodyImageStatus,
  CustodySubject,
  DeletionRequest,
  DeletionRequestStatus,
  DerivedImage,
  RetentionClass,
} from '../entities';
import { badInput, conflict, DomainError, notFound } from '../errors';
import { InferenceError, type ChosenFace, type DetectedFace, type JobOptions } from '../inference';
import { abilityToWhere, FieldMap, hasStrongerDeletionPresumption, reviewDueAt } from '../policy';
import type { ImageSource, ImageUploadService } from './image-upload.service';
import type { ModelRegistry } from './model-registry';
import type { ModelVersionService } from './model-version.service';
import { auditActor, RequestContext } from './request-context';
import { assertCan, assertVisible, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

const IMAGE_FIELDS: FieldMap = { forceId: { column: 'force_id' } };
const DUE_ORDER: KeysetOrder = {
  list: 'custodyImagesDueForReview',
  keys: [
    { sql: 'i.review_due_at', type: 'timestamptz' },
    { sql: 'i.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const DELETION_ORDER: KeysetOrder = {
  list: 'deletionRequests',
  keys: [
    { sql: 'd.received_at', type: 'timestamptz' },
    { sql: 'd.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

export interface CustodyRecord {
  personReference: string;
  selfDefinedEthnicity?: string | null;
  sex?: string | null;
  custodyReference: string;
  capturedAt: Date;
  retentionClass: RetentionClass;
  under18AtCapture: boolean;
  ageBand?: string | null;
}

/**
 * The templates one enrolment writes: the face chosen under the force's active model version,
 * and the same face under every other version the force keeps (enrolling or retired), or why
 * that version could make none.
 */
export interface EnrolmentTemplates {
  modelVersion: string;
  face: ChosenFace;
  others: Array<{ modelVersion: string; face: DetectedFace } | { modelVersion: string; failure: string }>;
}

export interface EnrolmentOutcome {
  image: CustodyImage;
  /** The same bytes were already enrolled in this force: nothing was added. */
  duplicate: boolean;
  face?: Pick<DetectedFace, 'index' | 'box' | 'quality'>;
}

export interface DeletionRequestInput {
  subjectId: string;
  /** Defaults to every image of the subject that is not already deleted. */
  imageIds?: string[];
  requestedBy: string;
  grounds: string;
}

/** Magic numbers of the formats the inference module decodes. */
function sniffMimeType(bytes: Buffer): string {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (
    bytes.length > 12 &&
    bytes.toString('ascii', 0, 4) === 'RIFF' &&
    bytes.toString('ascii', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  return 'application/octet-stream';
}

/**
 * The custody gallery: enrolment (one image over GraphQL, many from the CLI, the same code path),
 * retention review and deletion requests. A granted deletion removes the bytes, the template and
 * every derived copy in one transaction and leaves a tombstone in the audit log.
 */
export class GalleryService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly models: ModelRegistry,
    private readonly versions: ModelVersionService,
    /** where the photograph comes from (an upload, base64 or bytes), under the one image limit */
    private readonly uploads: ImageUploadService,
  ) {}

  /** The configured model version (of forces that have no other). */
  get modelVersion(): string {
    return this.models.defaultVersion;
  }

  /**
   * Analyses an image for enrolment in a force: the face under the force's active version (whose
   * refusals refuse the enrolment), then the same face (by index) under each other version the
   * force keeps, so that a re-enrolment under way never misses a new image. Outside transactions.
   */
  async templatesFor(
    forceId: string,
    imageBytes: Buffer,
    faceIndex?: number,
    options: JobOptions = {},
  ): Promise<EnrolmentTemplates> {
    const [active, ...kept] = await this.versions.maintainedVersions(this.db.manager, forceId);
    const face = await (await this.models.pipeline(active)).templateFor(imageBytes, faceIndex, options);
    const others = await Promise.all(
      kept.map(async (modelVersion) => {
        try {
          const pipeline = await this.models.pipeline(modelVersion);
          const other = await pipeline.templateFor(imageBytes, face.index, { whenBusy: 'wait' });
          return { modelVersion, face: other };
        } catch (error) {
          if (error instanceof InferenceError) return { modelVersion, failure: error.code };
          throw error;
        }
      }),
    );
    return { modelVersion: active, face, others };
  }

  /** GraphQL enrolment by a gallery manager, into their own force's gallery. */
  async enrol(
    ctx: RequestContext,
    record: CustodyRecord,
    source: ImageSource,
    faceIndex?: number,
  ): Promise<EnrolmentOutcome> {
    const forceId = ctx.officer!.forceId;
    await this.uow.read(ctx, async () => assertCan(ctx, 'create', 'CustodyImage', { forceId }));
    const image = await this.uploads.resolve(ctx, source, 'image');
    const made = await this.templatesFor(forceId, image.bytes, faceIndex);
    return this.uow.run(ctx, async (tx) => {
      // the upload goes with the enrolment (a duplicate included: its bytes are enrolled already)
      await this.uploads.consume(ctx, tx, image);
      return this.store(tx, auditActor(ctx), forceId, record, image.bytes, made);
    });
  }

  /**
   * Stores one analysed image: idempotent by the bytes' sha256 within the force, and all or
   * nothing (subject, image, bytes, template and audit event commit together). Used by the CLI too.
   */
  async store(
    tx: Tx,
    actor: AuditActor | null,
    forceId: string,
    record: CustodyRecord,
    imageBytes: Buffer,
    made: EnrolmentTemplates,
  ): Promise<EnrolmentOutcome> {
    const { manager } = tx;
    const { face, modelVersion } = made;
    const sha256 = createHash('sha256').update(imageBytes).digest('hex');
    const existing = await manager.findOne(CustodyImage, { where: { forceId, imageSha256: sha256 } });
    if (existing) return { image: existing, duplicate: true };

    await manager.query(
      `INSERT INTO custody_subject (force_id, person_reference, self_defined_ethnicity, sex) VALUES ($1, $2, $3, $4)
       ON CONFLICT (force_id, person_reference) DO NOTHING`,
      [forceId, record.personReference, record.selfDefinedEthnicity ?? null, record.sex ?? null],
    );
    const subject = await manager.findOneOrFail(CustodySubject, {
      where: { forceId, personReference: record.personReference },
    });
    const image = await manager.save(
      manager.create(CustodyImage, {
        forceId,
        subjectId: subject.id,
        custodyReference: record.custodyReference,
        capturedAt: record.capturedAt,
        retentionClass: record.retentionClass,
        under18AtCapture: record.under18AtCapture,
        ageBand: record.ageBand ?? null,
        reviewDueAt: reviewDueAt(record.capturedAt, record.retentionClass, record.under18AtCapture),
        status: CustodyImageStatus.ACTIVE,
        imageSha256: sha256,
        enrolledById: actor?.officerId ?? null,
        deletedAt: null,
      }),
    );
    await manager.insert(CustodyImageBlob, {
      imageId: image.id,
      mimeType: sniffMimeType(imageBytes),
      bytes: imageBytes,
    });
    const template = (version: string, f: DetectedFace) => ({
      imageId: image.id,
      forceId,
      modelVersion: version,
      embedding: f.template,
      retentionClass: image.retentionClass,
      under18AtCapture: image.under18AtCapture,
      quality: { ...f.quality },
      box: { ...f.box },
      landmarks: f.landmarks,
    });
    await FaceSearchRepository.insertTemplate(manager, template(modelVersion, face), {
      expectedDimension: this.models.dimension(modelVersion),
    });
    const failures: Record<string, string> = {};
    for (const other of made.others) {
      if ('face' in other)
        await FaceSearchRepository.insertTemplate(manager, template(other.modelVersion, other.face), {
          expectedDimension: this.models.dimension(other.modelVersion),
        });
      else failures[other.modelVersion] = other.failure;
    }
    await ModelVersionRepository.recordFailures(
      manager,
      Object.entries(failures).map(([v, reason]) => ({
        imageId: image.id,
        forceId,
        modelVersion: v,
        reason,
      })),
    );
    await appendAudit(manager, actor, {
      action: 'CUSTODY_IMAGE_ENROLLED',
      subjectType: 'CustodyImage',
      subjectId: image.id,
      forceId,
      details: {
        subjectId: subject.id,
        retentionClass: image.retentionClass,
        under18AtCapture: image.under18AtCapture,
        modelVersion,
        ...(made.others.length
          ? {
              alsoEnrolledUnder: made.others.filter((o) => 'face' in o).map((o) => o.modelVersion),
              ...(Object.keys(failures).length ? { noTemplateUnder: failures } : {}),
            }
          : {}),
        faceSizePx: face.quality.faceSizePx,
      },
    });
    return { image, duplicate: false, face: { index: face.index, box: face.box, quality: face.quality } };
  }

  /**
   * The force's person reference of an image its reader may see (those who may read the image,
   * i.e. its force's gallery managers). The subjects of a whole list load in one query per request.
   */
  async personReference(ctx: RequestContext, image: CustodyImage): Promise<string> {
    assertCan(ctx, 'read', 'CustodyImage', image);
    let loader = this.subjectLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const subjects = await this.uow.read(ctx, (manager) =>
          manager.find(CustodySubject, { where: { id: In([...ids]) } }),
        );
        const byId = new Map(subjects.map((s) => [s.id, s.personReference]));
        return ids.map((id) => byId.get(id) ?? new Error(`custody subject ${id} not found`));
      });
      this.subjectLoaders.set(ctx, loader);
    }
    return loader.load(image.subjectId);
  }

  /** Per request (the context object), so nothing is cached beyond one request. */
  private readonly subjectLoaders = new WeakMap<RequestContext, DataLoader<string, string>>();

  get(ctx: RequestContext, id: string): Promise<CustodyImage> {
    return this.uow.run(ctx, async ({ manager }) => {
      const image = await manager.findOne(CustodyImage, { where: { id } });
      if (!image) throw notFound('CustodyImage', id);
      assertCan(ctx, 'read', 'CustodyImage', image);
      return image;
    });
  }

  /** Records whose retention review falls due before `before`, oldest first. */
  dueForReview(ctx: RequestContext, before: Date, page: PageRequest = {}): Promise<Page<CustodyImage>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'CustodyImage', 'i', IMAGE_FIELDS);
      return manager
        .createQueryBuilder(CustodyImage, 'i')
        .where(filter.sql, filter.params)
        .andWhere('i.review_due_at < :before', { before })
        .andWhere('i.status <> :deleted', { deleted: CustodyImageStatus.DELETED });
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'CustodyImage');
      return keysetPage(query(manager), DUE_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  /** Deletion requests of the caller's forces, newest first. */
  deletionRequests(
    ctx: RequestContext,
    status?: DeletionRequestStatus,
    page: PageRequest = {},
  ): Promise<Page<DeletionRequest>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'DeletionRequest', 'd', IMAGE_FIELDS);
      const qb = manager.createQueryBuilder(DeletionRequest, 'd').where(filter.sql, filter.params);
      if (status) qb.andWhere('d.status = :status', { status });
      return qb;
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'DeletionRequest');
      return keysetPage(query(manager), DELETION_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  /** Records a deletion request; the images leave every search at once, pending the decision. */
  requestDeletion(ctx: RequestContext, input: DeletionRequestInput): Promise<DeletionRequest> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const subject = await manager.findOne(CustodySubject, { where: { id: input.subjectId } });
      if (!subject) throw notFound('CustodySubject', input.subjectId);
      assertVisible(
        ctx,
        'CustodyImage',
        { id: subject.id, forceId: subject.forceId },
        { action: 'create', subject: 'DeletionRequest' },
        'CustodySubject',
      );
      assertCan(ctx, 'create', 'DeletionRequest', { forceId: subject.forceId });
      const requestedBy = requireText(input.requestedBy, 'requestedBy', TEXT_LIMITS.deletionRequestedBy);
      const grounds = requireText(input.grounds, 'grounds', TEXT_LIMITS.deletionGrounds);
      const images = await manager.find(CustodyImage, {
        where: {
          subjectId: subject.id,
          status: CustodyImageStatus.ACTIVE,
          ...(input.imageIds ? { id: In(input.imageIds) } : {}),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (input.imageIds && images.length !== new Set(input.imageIds).size) {
        throw badInput("Every image must be an active image of the subject's record", { field: 'imageIds' });
      }
      if (images.length === 0) throw conflict('The subject has no active images to delete');
      const imageIds = images.map((i) => i.id);
      await manager.update(
        CustodyImage,
        { id: In(imageIds) },
        { status: CustodyImageStatus.PENDING_DELETION },
      );
      await FaceSearchRepository.setSearchable(manager, imageIds, false);
      const request = await manager.save(
        manager.create(DeletionRequest, {
          forceId: subject.forceId,
          subjectId: subject.id,
          imageIds,
          requestedBy,
          grounds,
          strongerPresumption: images.some(hasStrongerDeletionPresumption),
          status: DeletionRequestStatus.PENDING,
          recordedById: ctx.officer!.id,
          decidedById: null,
          decidedAt: null,
          decisionRationale: null,
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'DELETION_REQUESTED',
        subjectType: 'DeletionRequest',
        subjectId: request.id,
        forceId: subject.forceId,
        reason: grounds,
        details: { subjectId: subject.id, imageIds, strongerPresumption: request.strongerPresumption },
      });
      return request;
    });
  }

  /**
   * Grants or refuses a pending request. Granting deletes the image bytes, templates and derived
   * copies and clears the image hash, leaving each image row and its audit tombstone without
   * biometric data; refusing restores the images to the searchable gallery.
   */
  decideDeletion(
    ctx: RequestContext,
    requestId: string,
    grant: boolean,
    rationale: string,
  ): Promise<DeletionRequest> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const request = await manager.findOne(DeletionRequest, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('DeletionRequest', requestId);
      assertCan(ctx, 'update', 'DeletionRequest', request);
      if (request.status !== DeletionRequestStatus.PENDING) {
        throw new DomainError(
          'CONFLICT',
          `The deletion request was already ${request.status.toLowerCase()}`,
          { status: request.status },
        );
      }
      const text = requireText(rationale, 'rationale', TEXT_LIMITS.deletionRationale);
      const now = new Date();
      if (grant) {
        await this.purge(tx, ctx, request.imageIds, request.id, now);
      } else {
        await manager.update(
          CustodyImage,
          { id: In(request.imageIds), status: Not(CustodyImageStatus.DELETED) },
          { status: CustodyImageStatus.ACTIVE },
        );
        await FaceSearchRepository.setSearchable(manager, request.imageIds, true);
      }
      Object.assign(request, {
        status: grant ? DeletionRequestStatus.GRANTED : DeletionRequestStatus.REFUSED,
        decidedById: ctx.officer!.id,
        decidedAt: now,
        decisionRationale: text,
      });
      await manager.save(request);
      await this.uow.audit(ctx, tx, {
        action: grant ? 'DELETION_GRANTED' : 'DELETION_REFUSED',
        subjectType: 'DeletionRequest',
        subjectId: request.id,
        forceId: request.forceId,
        reason: text,
        details: {
          imageIds: request.imageIds,
          strongerPresumption: request.strongerPresumption,
          daysToDecide: Math.round((now.getTime() - request.receivedAt.getTime()) / 86_400_000),
        },
      });
      return request;
    });
  }

  private async purge(
    tx: Tx,
    ctx: RequestContext,
    imageIds: string[],
    requestId: string,
    when: Date,
  ): Promise<void> {
    const { manager } = tx;
    const derived = await manager.delete(DerivedImage, { imageId: In(imageIds) });
    await manager.delete(CustodyImageBlob, { imageId: In(imageIds) });
    await FaceSearchRepository.deleteForImages(manager, imageIds);
    await manager.update(
      CustodyImage,
      { id: In(imageIds) },
      { status: CustodyImageStatus.DELETED, deletedAt: when, imageSha256: null },
    );
    for (const imageId of imageIds) {
      await this.uow.audit(ctx, tx, {
        action: 'CUSTODY_IMAGE_DELETED',
        subjectType: 'CustodyImage',
        subjectId: imageId,
        reason: 'deletion request granted',
        forceId: ctx.officer!.forceId,
        details: {
          requestId,
          removed: ['image_bytes', 'face_template', 'derived_copies'],
          derivedCopiesRemoved: derived.affected ?? 0,
        },
      });
    }
  }
}
