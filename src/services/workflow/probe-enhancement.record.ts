import { type EntityManager, In } from 'typeorm';
import { EnhancedProbe, ProbeEnhancementStep } from '../../entities';

/**
 * The record of a probe's enhancement as readers see it: both hashes, the result's size and face,
 * and every step in order (operation, parameters, who, when, hashes before and after). Read for
 * the request's `probeEnhancement`, the reviewer's packet and the disclosure pack; never the bytes
 * (the enhanced image is opened through an audited face-image view).
 */
export interface EnhancementStepView {
  position: number;
  operation: string;
  parameters: Record<string, number | string>;
  appliedById: string;
  appliedAt: Date;
  inputSha256: string;
  outputSha256: string;
}

export interface ProbeEnhancementRecord {
  originalSha256: string;
  /** Null once the request was purged (the enhanced bytes and their hash went with the probe). */
  resultSha256: string | null;
  width: number | null;
  height: number | null;
  faceIndex: number | null;
  enhancedAt: Date | null;
  steps: EnhancementStepView[];
}

/** What is stored of the enhancements of `requestIds` (no bytes): by request id, absent when none. */
export async function enhancementRecords(
  manager: EntityManager,
  requestIds: readonly string[],
): Promise<Map<string, ProbeEnhancementRecord>> {
  const out = new Map<string, ProbeEnhancementRecord>();
  if (requestIds.length === 0) return out;
  const steps = await manager.find(ProbeEnhancementStep, {
    where: { requestId: In([...requestIds]) },
    order: { position: 'ASC' },
  });
  if (steps.length === 0) return out;
  const results = await manager.find(EnhancedProbe, {
    where: { requestId: In([...new Set(steps.map((s) => s.requestId))]) },
    select: {
      requestId: true,
      sha256: true,
      originalSha256: true,
      width: true,
      height: true,
      faceIndex: true,
      updatedAt: true,
    },
  });
  const byRequest = new Map(results.map((r) => [r.requestId, r]));
  for (const s of steps) {
    let record = out.get(s.requestId);
    if (!record) {
      const result = byRequest.get(s.requestId);
      record = {
        // the first step's input is the original (kept in the step after a purge)
        originalSha256: (result?.originalSha256 ?? s.inputSha256).trim(),
        resultSha256: result ? result.sha256.trim() : null,
        width: result?.width ?? null,
        height: result?.height ?? null,
        faceIndex: result?.faceIndex ?? null,
        enhancedAt: result?.updatedAt ?? null,
        steps: [],
      };
      out.set(s.requestId, record);
    }
    record.steps.push({
      position: s.position,
      operation: s.operation,
      parameters: s.parameters,
      appliedById: s.appliedById,
      appliedAt: s.appliedAt,
      inputSha256: s.inputSha256.trim(),
      outputSha256: s.outputSha256.trim(),
    });
  }
  return out;
}

/**
 * One request's enhancement record with a reference to its enhanced image (`image`, dropped once the
 * bytes were purged), or null when the probe was not enhanced.
 */
export async function enhancementOf<Ref>(
  manager: EntityManager,
  requestId: string,
  image: Ref | null,
): Promise<(ProbeEnhancementRecord & { enhancedImage: Ref | null }) | null> {
  const record = (await enhancementRecords(manager, [requestId])).get(requestId);
  if (!record) return null;
  return { ...record, enhancedImage: record.resultSha256 ? image : null };
}
