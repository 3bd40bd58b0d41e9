import { appendAudit } from '../audit';
import { Database, Tx } from '../db';
import { FaceSearchRepository } from '../db/face-search.repository';
import {
  EnhancedProbe,
  Force,
  ProbeEnhancementStep,
  SearchProbe,
  SearchRequest,
  SearchRequestStatus,
} from '../entities';
import { conflict, DomainError } from '../errors';
import { probeHitRateGate, requestSubject } from '../policy';
import type { ModelRegistry } from './model-registry';
import type { ModelVersionService } from './model-version.service';
import {
  applyEnhancementSteps,
  validateEnhancementSteps,
  type EnhancementStepInput,
} from './probe-enhancement.operations';
import { auditActor, RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { checkVersion, lockRequest } from './workflow/search-request.transitions';
import { buildRequestViews, RequestParts, SearchRequestView } from './workflow/search-request.views';

export interface ProbeEnhancementInput {
  steps: EnhancementStepInput[];
  /** Which face of the result, when it shows several (as probeFaceIndex on creation). */
  probeFaceIndex?: number;
  expectedVersion?: number;
}

/**
 * Enhancement of a draft's probe with a record (issue 16): steps of the allow-list
 * (src/services/probe-enhancement.operations.ts) applied with sharp to the current probe (the
 * original, or the result of earlier enhancements), the result analysed once by the force's active
 * model, then, in one transaction with an audit event per step: the result kept beside the original
 * (both hashes), each step stored (operation, parameters, who, when, hashes before and after), and
 * the result's template and quality made the ones the search uses. A refusal (an operation outside
 * the list, a parameter out of range, a result without a usable face or below the force's floor)
 * keeps nothing of the enhancement and is recorded on its own.
 */
export class ProbeEnhancementService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly models: ModelRegistry,
    private readonly versions: ModelVersionService,
  ) {}

  async enhance(
    ctx: RequestContext,
    requestId: string,
    input: ProbeEnhancementInput,
  ): Promise<SearchRequestView> {
    // who and what first: the request is the caller's own DRAFT; then the image the steps start from
    const start = await this.uow.run(ctx, async (tx) => {
      const r = await this.checkDraft(ctx, tx, requestId, input.expectedVersion);
      // enhancement acts on one image: a request with several probe images (fused) is searched as received
      if (r.probeFusion)
        throw new DomainError(
          'ENHANCEMENT_SINGLE_IMAGE_ONLY',
          `This request carries ${r.probeFusion.frames} probe images, fused for its search: enhancement applies to a request with a single probe image only`,
          { probeImages: r.probeFusion.frames },
        );
      const enhanced = await tx.manager.findOne(EnhancedProbe, { where: { requestId } });
      const original = enhanced
        ? null
        : await tx.manager.findOneOrFail(SearchProbe, { where: { requestId } });
      const originalSha256 = enhanced?.originalSha256 ?? original!.sha256;
      const force = await tx.manager.findOneOrFail(Force, { where: { id: r.forceId } });
      return {
        request: r,
        force,
        image: enhanced?.bytes ?? original!.bytes,
        originalSha256: originalSha256.trim(),
        stepsBefore: enhanced?.stepCount ?? 0,
      };
    });
    const r = start.request;
    const modelVersion = await this.versions.activeVersion(this.db.manager, r.forceId);
    let result: Awaited<ReturnType<typeof applyEnhancementSteps>>;
    let face: Awaited<ReturnType<Awaited<ReturnType<ModelRegistry['pipeline']>>['templateFor']>>;
    try {
      const steps = validateEnhancementSteps(input.steps);
      result = await applyEnhancementSteps(start.image, steps);
      const faces = await this.models.pipeline(modelVersion);
      face = await faces.templateFor(result.bytes, input.probeFaceIndex, {
        use: 'probe',
        probeHitRateFloor: start.force.probeHitRateFloor,
      });
      const gate = probeHitRateGate(
        start.force,
        face.expectedHitRate?.rankOne ?? null,
        r.probeHitRateOverrideReason,
      );
      if (gate === 'REFUSED')
        throw new DomainError(
          'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR',
          `The enhanced probe is below your force's floor for searching (${(100 * start.force.probeHitRateFloor).toFixed(0)}% expected rank-1); the request keeps its probe as it was`,
          {
            expectedRankOne: face.expectedHitRate?.rankOne ?? null,
            floor: start.force.probeHitRateFloor,
            modelVersion,
          },
        );
    } catch (error) {
      await this.recordRefusal(ctx, r, input, error);
      throw error;
    }

    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      // the request may have moved on (or been enhanced by another call) while the result was made
      const locked = await this.checkDraft(ctx, tx, requestId, undefined);
      const stepsNow = await manager.count(ProbeEnhancementStep, { where: { requestId } });
      if (locked.version !== r.version || stepsNow !== start.stepsBefore)
        throw conflict('The request changed while its probe was being enhanced; read it again and retry', {
          version: locked.version,
        });
      const now = new Date();
      const officerId = ctx.officer!.id;
      // rows first, audit after
      await manager.insert(
        ProbeEnhancementStep,
        result.steps.map((s, i) => ({
          requestId,
          position: start.stepsBefore + i + 1,
          operation: s.operation,
          parameters: s.parameters,
          appliedById: officerId,
          appliedAt: now,
          inputSha256: s.inputSha256,
          outputSha256: s.outputSha256,
        })),
      );
      const row = {
        requestId,
        mimeType: 'image/png',
        bytes: result.bytes,
        sha256: result.sha256,
        originalSha256: start.originalSha256,
        width: result.width,
        height: result.height,
        faceIndex: face.choice.faceCount > 1 || input.probeFaceIndex !== undefined ? face.index : null,
        faceBox: { ...face.box },
        stepCount: start.stepsBefore + result.steps.length,
      };
      if (start.stepsBefore > 0) await manager.update(EnhancedProbe, { requestId }, row);
      else await manager.insert(EnhancedProbe, row);
      // the search runs on the result: its template and quality replace the original's
      await FaceSearchRepository.storeProbeTemplate(manager, requestId, {
        modelVersion,
        template: face.template,
      });
      await manager.update(
        SearchRequest,
        { id: requestId },
        {
          version: locked.version + 1,
          probeQuality: { ...face.quality },
          probeExpectedHitRate: face.expectedHitRate ? { ...face.expectedHitRate } : null,
        },
      );
      for (const [i, s] of result.steps.entries())
        await this.uow.audit(ctx, tx, {
          action: 'PROBE_ENHANCEMENT_STEP_APPLIED',
          subjectType: 'SearchRequest',
          subjectId: requestId,
          forceId: locked.forceId,
          details: {
            searchRequestId: requestId,
            position: start.stepsBefore + i + 1,
            operation: s.operation,
            parameters: s.parameters,
            inputSha256: s.inputSha256,
            outputSha256: s.outputSha256,
          },
        });
      await this.uow.audit(ctx, tx, {
        action: 'PROBE_ENHANCED',
        subjectType: 'SearchRequest',
        subjectId: requestId,
        forceId: locked.forceId,
        details: {
          searchRequestId: requestId,
          originalSha256: start.originalSha256,
          resultSha256: result.sha256,
          steps: result.steps.map((s) => s.operation),
          stepCount: row.stepCount,
          width: result.width,
          height: result.height,
          modelVersion,
          faceUsed: face.index,
          faceCount: face.choice.faceCount,
          faceSizePx: face.quality.faceSizePx,
          acceptable: face.quality.acceptable,
          expectedRankOne: face.expectedHitRate?.rankOne ?? null,
          previousExpectedRankOne: r.probeExpectedHitRate?.rankOne ?? null,
        },
      });
      const fresh = await manager.findOneOrFail(SearchRequest, { where: { id: requestId } });
      return buildRequestViews(new RequestParts(() => this.db.manager, ctx.ability), [fresh])[0];
    });
  }

  /** The caller's own request, locked, as a DRAFT (enhancement is done before submission). */
  private async checkDraft(
    ctx: RequestContext,
    tx: Tx,
    id: string,
    expectedVersion: number | undefined,
  ): Promise<SearchRequest> {
    const r = await lockRequest(tx, id);
    assertCan(ctx, 'enhance', 'SearchRequest', requestSubject(r));
    checkVersion('search request', r.version, expectedVersion);
    if (r.status !== SearchRequestStatus.DRAFT)
      throw new DomainError(
        'INVALID_STATE',
        `A probe is enhanced while its request is a DRAFT, before submission; this one is ${r.status}`,
        { state: r.status },
      );
    if (r.purgedAt) throw new DomainError('INVALID_STATE', 'The request was purged', { state: r.status });
    return r;
  }

  /** A refused enhancement, recorded on its own (the code and what was asked; never the image). */
  private async recordRefusal(
    ctx: RequestContext,
    r: SearchRequest,
    input: ProbeEnhancementInput,
    error: unknown,
  ): Promise<void> {
    const code =
      error instanceof DomainError || (error instanceof Error && error.name === 'InferenceError')
        ? String((error as unknown as { code: string }).code)
        : null;
    if (code === null) return;
    const details = (error as { details?: Record<string, unknown> }).details ?? {};
    await this.db.transaction(({ manager }) =>
      appendAudit(manager, auditActor(ctx), {
        action: 'PROBE_ENHANCEMENT_REFUSED',
        subjectType: 'SearchRequest',
        subjectId: r.id,
        forceId: r.forceId,
        details: {
          searchRequestId: r.id,
          code,
          field: typeof details.field === 'string' ? details.field : null,
          operations: (Array.isArray(input.steps) ? input.steps : []).map((s) =>
            String(s?.operation ?? '').slice(0, 60),
          ),
          requestId: ctx.requestId,
        },
      }),
    );
  }
}
