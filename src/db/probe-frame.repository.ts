import type { EntityManager } from 'typeorm';
import { SearchProbeFrame, type ProbeExpectedHitRate, type ProbeQuality } from '../entities';
import { FaceSearchRepository, type ProbeTemplate } from './face-search.repository';

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
 * The additional probe images of search requests (the first stays in search_probe), each with its
 * own template (written by FaceSearchRepository, as every vector); the search itself compares the
 * fused template kept in search_probe.
 */
export const ProbeFrameRepository = {
  /** The frame with its template (written, as every vector, by FaceSearchRepository). */
  async insert(manager: EntityManager, f: NewProbeFrame): Promise<void> {
    const { template, ...row } = f;
    await manager.insert(SearchProbeFrame, row);
    await FaceSearchRepository.storeProbeFrameTemplate(
      manager,
      f.requestId,
      f.position,
      template,
      f.expectedHitRate,
    );
  },

  /** The frames of a request in order, with their bytes (no templates). */
  frames(manager: EntityManager, requestId: string): Promise<SearchProbeFrame[]> {
    return manager.find(SearchProbeFrame, { where: { requestId }, order: { position: 'ASC' } });
  },
};
