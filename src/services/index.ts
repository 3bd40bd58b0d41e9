import type { Database } from '../db';
import type { FacePipeline } from '../inference';
import { AuditService } from './audit.service';
import { AuditHistoryService } from './audit-history.service';
import { CaseService } from './case.service';
import { ForceService } from './force.service';
import { GalleryService } from './gallery.service';
import { OfficerService } from './officer.service';
import { ReviewService } from './review.service';
import { SearchRequestService } from './search-request.service';
import { UnitOfWork } from './unit-of-work';

/** The domain layer, wired once at start-up and handed to resolvers through the GraphQL context. */
export interface Services {
  officers: OfficerService;
  forces: ForceService;
  cases: CaseService;
  audit: AuditService;
  auditHistory: AuditHistoryService;
  gallery: GalleryService;
  searches: SearchRequestService;
  reviews: ReviewService;
}

export function createServices(db: Database, faces: FacePipeline): Services {
  const uow = new UnitOfWork(db);
  return {
    officers: new OfficerService(db, uow),
    forces: new ForceService(db, uow),
    cases: new CaseService(db, uow),
    audit: new AuditService(uow),
    auditHistory: new AuditHistoryService(uow),
    gallery: new GalleryService(db, uow, faces),
    searches: new SearchRequestService(db, uow, faces),
    reviews: new ReviewService(db, uow),
  };
}

export type { RequestContext } from './request-context';
export { AUDIT_PAGE_MAX, AuditEventOrder } from './audit-history.service';
export type { AuditChainHead, AuditEventFilter, AuditEventPage, AuditExport } from './audit-history.service';
export type { AuditExportFormat } from './audit-export.format';
export type { NewSearchRequest, SearchRequestFilter } from './search-request.service';
export type { CandidateDecisionInput, FaceImageContent, ReviewPacket, ReviewTaskFilter } from './review.service';
export type { DisclosurePack } from './workflow/disclosure-pack';
export type * from './workflow/search-request.views';
export { startWorkflowTimers } from './workflow/workflow-timers';
