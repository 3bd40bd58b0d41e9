export { appendAudit, appendAuditMany } from './audit.writer';
export type { AuditActor, AuditEntry } from './audit.writer';
export { verifyAuditChain } from './audit.verifier';
export type { ChainVerification } from './audit.verifier';
export { anchorAuditHead, checkAnchors } from './audit.anchor';
export type { AnchorCheck, AuditAnchor, ExportedHead, MissingTail } from './audit.anchor';
export { canonicalJson, chainedFields, chainHash, GENESIS_HASH } from './audit-hash';
