import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GovernanceDocumentKind, GovernanceDocumentVersionStatus } from './governance.enums';

/**
 * A force's governance register: each document (its DPIA, equality impact assessment, appropriate
 * policy document, facial recognition policy, sharing agreements) has versions, each registered by
 * one officer and approved by another before it is in force. A version holds its PDF
 * (`GovernanceDocumentFile`) or refers to it (`referenceUri`); its sha256 is stored either way.
 */
@Entity('governance_document')
export class GovernanceDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  kind: GovernanceDocumentKind;

  /** Unique per force and kind. */
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One version of a governance document: in force from `effectiveFrom` until `effectiveTo` once approved. */
@Entity('governance_document_version')
export class GovernanceDocumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** The version as the document names it ("2.1"); unique per document. */
  @Column({ type: 'text' })
  version: string;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom: Date;

  /** Set when a later version supersedes it, or given when it is registered; null: open-ended. */
  @Column({ name: 'effective_to', type: 'timestamptz', nullable: true })
  effectiveTo: Date | null;

  /** Of the file itself: computed from the upload, or given with a reference. */
  @Column({ type: 'text' })
  sha256: string;

  /** Where the document is held when the file is not uploaded (a URI); null: the file is held here. */
  @Column({ name: 'reference_uri', type: 'text', nullable: true })
  referenceUri: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ name: 'mime_type', type: 'text', nullable: true })
  mimeType: string | null;

  /** Of the held file; null for a reference. */
  @Column({ name: 'byte_size', type: 'int', nullable: true })
  byteSize: number | null;

  @Column({ type: 'text' })
  status: GovernanceDocumentVersionStatus;

  @Column({ name: 'registered_by_id', type: 'uuid' })
  registeredById: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  /** Never the registrar (the database refuses it). */
  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approval_note', type: 'text', nullable: true })
  approvalNote: string | null;

  /** The version in force when this one was approved, whose period this one's start closed. */
  @Column({ name: 'supersedes_version_id', type: 'uuid', nullable: true })
  supersedesVersionId: string | null;
}

/** The PDF of a version, when uploaded (kept apart so lists never read the bytes). */
@Entity('governance_document_file')
export class GovernanceDocumentFile {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}

/** An officer has read a version (the ICO's "staff told of changes"): one row per officer and version. */
@Entity('governance_acknowledgement')
export class GovernanceAcknowledgement {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @PrimaryColumn({ name: 'officer_id', type: 'uuid' })
  officerId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt: Date;
}
