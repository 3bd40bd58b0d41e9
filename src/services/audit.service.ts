import { ChainVerification, verifyAuditChain } from '../audit';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

/** Integrity of the audit log, for the bodies that oversee its use. */
export class AuditService {
  constructor(private readonly uow: UnitOfWork) {}

  verifyChain(ctx: RequestContext, range: { fromSeq?: number; toSeq?: number } = {}): Promise<ChainVerification> {
    return this.uow.run(ctx, async (tx) => {
      assertCan(ctx, 'verify', 'AuditChain');
      const result = await verifyAuditChain(tx.manager, range);
      await this.uow.audit(ctx, tx, { action: 'AUDIT_CHAIN_VERIFIED', subjectType: 'AuditChain', details: { ...range, ok: result.ok, checked: result.checked } });
      return result;
    });
  }
}
