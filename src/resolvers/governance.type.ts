import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GovernanceDocumentKind, GovernanceDocumentVersionStatus } from '../entities';

@ObjectType('GovernanceDocumentVersion', {
  description:
    'One version of a governance document: in force from effectiveFrom to effectiveTo once an officer other than its registrar approved it',
})
export class GovernanceDocumentVersionRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) documentId: string;
  @Field(() => ID) forceId: string;
  @Field() version: string;
  @Field() effectiveFrom: Date;
  @Field(() => Date, { nullable: true, description: 'Null: until a later version supersedes it' })
  effectiveTo: Date | null;
  @Field({ description: 'sha256 of the file (computed from the upload, or given with the reference)' })
  sha256: string;
  @Field(() => String, { nullable: true, description: 'Where the file is held; null: the file is held here' })
  referenceUri: string | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) mimeType: string | null;
  @Field(() => Int, { nullable: true, description: 'Size of the held file' }) byteSize: number | null;
  @Field(() => GovernanceDocumentVersionStatus) status: GovernanceDocumentVersionStatus;
  @Field(() => ID) registeredById: string;
  @Field() registeredAt: Date;
  @Field(() => ID, { nullable: true }) approvedById: string | null;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => String, { nullable: true }) approvalNote: string | null;
  @Field(() => ID, { nullable: true, description: 'The version in force before, which this one superseded' })
  supersedesVersionId: string | null;
  @Field({ description: 'Approved and within its period now' }) inForce: boolean;
  @Field({ description: 'Whether the reader has acknowledged this version' }) acknowledgedByMe: boolean;
}

@ObjectType('GovernanceDocument', {
  description:
    "A document of a force's governance register (DPIA, equality impact assessment, appropriate policy document, facial recognition policy, sharing agreement) with its versions",
})
export class GovernanceDocumentRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) forceId: string;
  @Field(() => GovernanceDocumentKind) kind: GovernanceDocumentKind;
  @Field() title: string;
  @Field(() => ID) createdById: string;
  @Field() createdAt: Date;
  @Field(() => GovernanceDocumentVersionRecord, { nullable: true, description: 'The version in force now' })
  currentVersion: GovernanceDocumentVersionRecord | null;
  @Field(() => [GovernanceDocumentVersionRecord], { description: 'Newest start first' })
  versions: GovernanceDocumentVersionRecord[];
}

@ObjectType('GovernanceDocumentFile', { description: 'The file of a version, or where it is held' })
export class GovernanceDocumentFileRecord {
  @Field(() => ID) versionId: string;
  @Field() sha256: string;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) mimeType: string | null;
  @Field(() => Int, { nullable: true }) byteSize: number | null;
  @Field(() => String, { nullable: true, description: 'Set for a version registered by reference' })
  referenceUri: string | null;
  @Field(() => String, { nullable: true, description: 'The PDF, base64; null for a reference' })
  contentBase64: string | null;
}

@ObjectType('GovernanceAcknowledgement', { description: 'An officer has read a document version' })
export class GovernanceAcknowledgementRecord {
  @Field(() => ID) versionId: string;
  @Field(() => ID) officerId: string;
  @Field() acknowledgedAt: Date;
}

@ObjectType('GovernanceDocumentInForce', {
  description: 'A governance document version in force when a search ran, as its policy snapshot names it',
})
export class GovernanceDocumentInForceType {
  @Field(() => ID) documentId: string;
  @Field(() => ID) versionId: string;
  @Field(() => GovernanceDocumentKind) kind: string;
  @Field() title: string;
  @Field() version: string;
  @Field() sha256: string;
  @Field() effectiveFrom: string;
}
