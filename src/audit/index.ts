export { appendAudit } from './audit.writer';
export type { AuditActor, AuditEntry } from './audit.writer';
export { verifyAuditChain } from './audit.verifier';
export type { ChainVerification } from './audit.verifier';
export { canonicalJson, chainedFields, chainHash, GENESIS_HASH } from './audit-hash';
