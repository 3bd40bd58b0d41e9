import type { EntityManager } from 'typeorm';
import { SearchProbeFrame, type ProbeExpectedHitRate, type ProbeQuality } from '../entities';
import { toVectorLiteral, type ProbeTemplate } from './face-search.repository';

/** An additional probe image of a request, as stored (search_probe_frame). */
export interface NewProbeFrame {
  requestId: string;
  position: number;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
  faceBox: Record<string, number>;
  quality: ProbeQuality;
  expectedHitRate: ProbeExpectedHitRate | null;
  template: ProbeTemplate;
}

/**
 * The additional probe images of search requests (the first stays in search_probe). Their templates
 * are written here only; the search itself compares the fused template kept in search_probe.
 */
export const ProbeFrameRepository = {
  async insert(manager: EntityManager, f: NewProbeFrame): Promise<void> {
    const { template, ...row } = f;
    await manager.insert(SearchProbeFrame, row);
    await ProbeFrameRepository.storeTemplate(manager, f.requestId, f.position, template, f.expectedHitRate);
  },

  /** A frame's template (made again under another model version: with that analysis' figures). */
  async storeTemplate(
    manager: EntityManager,
    requestId: string,
    position: number,
    t: ProbeTemplate,
    expectedHitRate: ProbeExpectedHitRate | null,
  ): Promise<void> {
    await manager.update(SearchProbeFrame, { requestId, position }, { expectedHitRate });
    await manager.query(
      `UPDATE search_probe_frame SET template = $3::vector, template_model_version = $4
        WHERE request_id = $1 AND position = $2`,
      [requestId, position, toVectorLiteral(t.template), t.modelVersion],
    );
  },

  /** The frames of a request in order, with their bytes (no templates). */
  frames(manager: EntityManager, requestId: string): Promise<SearchProbeFrame[]> {
    return manager.find(SearchProbeFrame, { where: { requestId }, order: { position: 'ASC' } });
  },
};
