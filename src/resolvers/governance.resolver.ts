import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Force, type GovernanceAcknowledgement } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { GovernanceDocumentView, GovernanceFileView, GovernanceVersionView } from '../services';
import {
  RegisterGovernanceDocumentVersionInput,
  SetRequiredGovernanceDocumentsInput,
} from './governance.input';
import {
  GovernanceAcknowledgementRecord,
  GovernanceDocumentFileRecord,
  GovernanceDocumentRecord,
  GovernanceDocumentVersionRecord,
} from './governance.type';

/** A force's governance register: versioned documents, their approval, and officers' acknowledgements. */
@Resolver(() => GovernanceDocumentRecord)
export class GovernanceResolver {
  @Authorized()
  @Query(() => [GovernanceDocumentRecord], {
    description:
      "A force's governance documents with their versions, by kind and title (officers of the force, oversight of it; a handful: a plain list). forceId: your own by default",
  })
  governanceDocuments(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | null,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceDocumentView[]> {
    return services.governance.list(request, forceId);
  }

  @Authorized()
  @Query(() => GovernanceDocumentFileRecord, {
    description: "A version's PDF (base64) or the reference it was registered with",
  })
  governanceDocumentFile(
    @Arg('versionId', () => ID) versionId: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceFileView> {
    return services.governance.file(request, versionId);
  }

  @Authorized()
  @Query(() => [GovernanceDocumentVersionRecord], {
    description:
      "Versions of your force's facial recognition policy in force that you have not acknowledged: until you do, your workflow steps are refused (SOP_ACKNOWLEDGEMENT_REQUIRED)",
  })
  pendingGovernanceAcknowledgements(
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceVersionView[]> {
    return services.governance.pendingAcknowledgements(request);
  }

  @Authorized()
  @Mutation(() => GovernanceDocumentVersionRecord, {
    description:
      'Register a version of a governance document with its PDF or a reference and sha256 (a force admin; audited). Not in force until another admin approves it',
  })
  registerGovernanceDocumentVersion(
    @Arg('input') input: RegisterGovernanceDocumentVersionInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceVersionView> {
    return services.governance.register(request, input);
  }

  @Authorized()
  @Mutation(() => GovernanceDocumentVersionRecord, {
    description:
      'Approve a registered version (an admin of the force who did not register it; audited): in force from its start, superseding the version before',
  })
  approveGovernanceDocumentVersion(
    @Arg('versionId', () => ID) versionId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceVersionView> {
    return services.governance.approve(request, versionId, note);
  }

  @Authorized()
  @Mutation(() => GovernanceAcknowledgementRecord, {
    description:
      'Acknowledge having read an approved version of a governance document of your force (audited once; again changes nothing)',
  })
  acknowledgeGovernanceDocument(
    @Arg('versionId', () => ID) versionId: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<GovernanceAcknowledgement> {
    return services.governance.acknowledge(request, versionId);
  }

  @Authorized()
  @Mutation(() => Force, {
    description:
      "Set which governance documents must each have a version in force before your force's searches run (a force admin; audited with the reason)",
  })
  setRequiredGovernanceDocuments(
    @Arg('input') input: SetRequiredGovernanceDocumentsInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Force> {
    return services.governance.setRequiredDocuments(request, input);
  }
}
