import type { Database } from '../db';
import { AuditService } from './audit.service';
import { AuditHistoryService } from './audit-history.service';
import { CaseService } from './case.service';
import { ForceService } from './force.service';
import { OfficerService } from './officer.service';
import { UnitOfWork } from './unit-of-work';

/** The domain layer, wired once at start-up and handed to resolvers through the GraphQL context. */
export interface Services {
  officers: OfficerService;
  forces: ForceService;
  cases: CaseService;
  audit: AuditService;
  auditHistory: AuditHistoryService;
}

export function createServices(db: Database): Services {
  const uow = new UnitOfWork(db);
  return {
    officers: new OfficerService(db, uow),
    forces: new ForceService(db, uow),
    cases: new CaseService(db, uow),
    audit: new AuditService(uow),
    auditHistory: new AuditHistoryService(uow),
  };
}

export type { RequestContext } from './request-context';
export { AUDIT_PAGE_MAX, AuditEventOrder } from './audit-history.service';
export type { AuditChainHead, AuditEventFilter, AuditEventPage, AuditExport } from './audit-history.service';
export type { AuditExportFormat } from './audit-export.format';
