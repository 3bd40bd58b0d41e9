import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { ok } from './search-workflow';
import type { TestServer } from './test-server';

const SupportCreateOfficer = graphql(`
  mutation SupportCreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
      id
    }
  }
`);
const SupportPendingProposals = graphql(`
  query SupportPendingProposals {
    officerAccessProposals {
      edges {
        node {
          id
          officerId
        }
      }
    }
  }
`);
const SupportApproveProposal = graphql(`
  mutation SupportApproveProposal($id: ID!) {
    approveOfficerAccessProposal(id: $id) {
      id
    }
  }
`);

/** The demo's second admin of each force (or national oversight administrator), who approves the first one's proposals. */
const SECOND: Record<string, string> = {
  'swp.admin': 'swp.admin2',
  'gwp.admin': 'gwp.admin2',
  'oversight.admin': 'oversight.admin2',
};

/**
 * Registers an officer the way a force does: one admin creates them (roles other than REQUESTER
 * are proposed), the force's second admin approves every pending proposal for them.
 */
export async function registerOfficer(
  server: TestServer,
  officer: {
    subject: string;
    displayName?: string;
    roles: Role[];
    reviewerCertifiedUntil?: string;
    overseesForceIds?: string[];
  },
  as = 'swp.admin',
  approver = SECOND[as],
): Promise<string> {
  const { subject, displayName = subject, ...access } = officer;
  const id = ok(
    await server.gql(SupportCreateOfficer, { input: { subject, displayName, ...access } }, { as }),
  ).createOfficer.id;
  const pending = ok(await server.gql(SupportPendingProposals, {}, { as: approver }))
    .officerAccessProposals.edges.map((e) => e.node)
    .filter((p) => p.officerId === id);
  for (const proposal of pending)
    ok(await server.gql(SupportApproveProposal, { id: proposal.id }, { as: approver }));
  return id;
}
