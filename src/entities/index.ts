import { AuditEvent } from './audit-event.entity';
import { CaseFile } from './case.entity';
import { Force } from './force.entity';
import { Officer } from './officer.entity';
import { SharingAgreement } from './sharing-agreement.entity';

/** Every TypeORM entity, listed explicitly so the DataSource never depends on file globs. */
export const ENTITIES = [Force, Officer, SharingAgreement, CaseFile, AuditEvent];

export { AuditEvent, CaseFile, Force, Officer, SharingAgreement };
export * from './roles';
