import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GovernanceDocumentKind } from '../entities';
import { GOVERNANCE_FILE_MAX_BYTES, TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@InputType({ description: 'A document held elsewhere: where, and the sha256 of its bytes' })
export class GovernanceDocumentReferenceInput {
  @Field({ description: 'A URI (a document management system, an intranet page)' })
  @HasText(TEXT_LIMITS.governanceReferenceUri)
  uri: string;

  @Field({ description: 'The sha256 of the file, 64 hexadecimal characters' })
  sha256: string;
}

@InputType({
  description:
    'A version of a governance document: by documentId (a new version of a registered document), or by kind and title (the document is created if the force has none of that title)',
})
export class RegisterGovernanceDocumentVersionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  documentId?: string | null;

  @Field(() => GovernanceDocumentKind, { nullable: true })
  kind?: GovernanceDocumentKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @HasText(TEXT_LIMITS.governanceDocumentTitle)
  title?: string | null;

  @Field({ description: 'The version as the document names it, e.g. "2.1" (unique per document)' })
  @HasText(TEXT_LIMITS.governanceDocumentVersion)
  version: string;

  @Field({ description: 'In force from (once approved)' })
  effectiveFrom: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'In force until (absent: until a later version supersedes it)',
  })
  @IsOptional()
  effectiveTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: `The PDF itself, base64 (at most ${GOVERNANCE_FILE_MAX_BYTES} bytes); or give reference`,
  })
  @IsOptional()
  fileBase64?: string | null;

  @Field(() => String, { nullable: true, description: 'The file name of the PDF' })
  @IsOptional()
  @HasText(TEXT_LIMITS.governanceFileName)
  fileName?: string | null;

  @Field(() => GovernanceDocumentReferenceInput, { nullable: true })
  @IsOptional()
  reference?: GovernanceDocumentReferenceInput | null;
}

@InputType({
  description: "Which governance documents must each have a version in force before the force's searches run",
})
export class SetRequiredGovernanceDocumentsInput {
  @Field(() => [GovernanceDocumentKind], { description: 'Empty: none required' })
  @ArrayMaxSize(Object.values(GovernanceDocumentKind).length)
  kinds: GovernanceDocumentKind[];

  @Field({
    description: `Why the setting changes, recorded in the audit log (at least ${TEXT_LIMITS.requiredDocumentsChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.requiredDocumentsChangeReason)
  reason: string;
}
