import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit';
import type { Database } from '../db';
import { AuditEvent, RetentionClass } from '../entities';
import { DomainError } from '../errors';
import type { FacePipeline } from '../inference';
import type { Logger } from '../logging/logger';
import { RequestMemo, type RequestContext, type Services } from '../services';
import { deriveDemoFaces } from './demo-faces';

/** Who enrols the demo gallery: South Wales Police's demo gallery manager (src/db/demo-data.ts). */
export const DEMO_GALLERY_MANAGER = 'swp.gallery';

/** The demo gallery's custody references: `DEMO/CU/<n>`, n from 1 in the order of `deriveDemoFaces`. */
export const demoCustodyReference = (n: number) => `DEMO/CU/${n}`;

export interface DemoGallerySeeded {
  enrolled: number;
  skipped: number;
  ms: number;
}

/**
 * Enrols the people of the demo photos in South Wales Police's gallery, once, so a new user can
 * run a whole search (`npm run demo:search`). Runs where the demo forces and officers were
 * seeded and the gallery has not been yet; each photo goes through the gallery service as the
 * demo gallery manager, so templates, audit events and stored copies are made as in production.
 * Safe to repeat after an interruption: images already enrolled are recognised by their hash.
 */
export async function seedDemoGallery(
  db: Database,
  services: Pick<Services, 'actors' | 'gallery'>,
  faces: Pick<FacePipeline, 'analyse'>,
  logger: Logger,
): Promise<DemoGallerySeeded | null> {
  const seeded = (action: 'DEMO_DATA_SEEDED' | 'DEMO_GALLERY_SEEDED') =>
    db.manager.exists(AuditEvent, { where: { action } });
  if (!(await seeded('DEMO_DATA_SEEDED')) || (await seeded('DEMO_GALLERY_SEEDED'))) return null;
  const actor = await services.actors.get(DEMO_GALLERY_MANAGER);
  if (!actor) {
    logger.warn({ officer: DEMO_GALLERY_MANAGER }, 'demo gallery not enrolled: its gallery manager is gone');
    return null;
  }
  const started = performance.now();
  logger.info('enrolling the demo gallery (first start only; takes a few seconds)');
  const ctx: RequestContext = {
    requestId: randomUUID(),
    officer: actor.officer,
    ability: actor.ability,
    memo: new RequestMemo(),
  };
  const people = await deriveDemoFaces(faces);
  let enrolled = 0;
  let skipped = 0;
  for (const [i, person] of people.entries()) {
    try {
      await services.gallery.enrol(
        ctx,
        {
          personReference: `DEMO/P${i + 1}`,
          custodyReference: demoCustodyReference(i + 1),
          capturedAt: new Date('2025-03-01T09:00:00.000Z'),
          retentionClass: RetentionClass.CONVICTED,
          under18AtCapture: false,
        },
        { bytes: person.enrol },
      );
      enrolled += 1;
    } catch (error) {
      // a crop the enrolment rules refuse (e.g. a neighbour's face in it) is left out, as a gallery manager would
      if (!(error instanceof DomainError)) throw error;
      skipped += 1;
    }
  }
  await db.transaction(({ manager }) =>
    appendAudit(manager, null, {
      action: 'DEMO_GALLERY_SEEDED',
      subjectType: 'System',
      forceId: actor.officer.forceId,
      details: { enrolled, skipped, modelVersion: services.gallery.modelVersion },
    }),
  );
  const ms = Math.round(performance.now() - started);
  logger.info({ enrolled, skipped, seconds: ms / 1000 }, 'demo gallery enrolled');
  return { enrolled, skipped, ms };
}
