import { appendAudit } from '../audit';
import {
  CaseFile,
  CaseStatus,
  Force,
  OffenceCategory,
  Officer,
  OversightGrant,
  Role,
  SharingAgreement,
} from '../entities';
import type { Database } from './database';

/** The demo officers' token subjects; `npm run token -- <subject>` mints a token for one. */
export const DEMO_OFFICERS: ReadonlyArray<{
  subject: string;
  force: 'SWP' | 'GWP';
  displayName: string;
  roles: Role[];
  certified?: boolean;
  oversees?: Array<'SWP' | 'GWP'>;
}> = [
  { subject: 'swp.requester', force: 'SWP', displayName: 'DC Rhian Evans', roles: [Role.REQUESTER] },
  { subject: 'swp.authoriser', force: 'SWP', displayName: 'Insp. Gareth Morgan', roles: [Role.AUTHORISER] },
  {
    subject: 'swp.reviewer1',
    force: 'SWP',
    displayName: 'Examiner Sian Davies',
    roles: [Role.REVIEWER],
    certified: true,
  },
  {
    subject: 'swp.reviewer2',
    force: 'SWP',
    displayName: 'Examiner Owen Price',
    roles: [Role.REVIEWER],
    certified: true,
  },
  { subject: 'swp.supervisor', force: 'SWP', displayName: 'Sgt Carys Jones', roles: [Role.SUPERVISOR] },
  {
    subject: 'swp.gallery',
    force: 'SWP',
    displayName: 'Custody Records Manager',
    roles: [Role.GALLERY_MANAGER],
  },
  { subject: 'swp.admin', force: 'SWP', displayName: 'SWP System Administrator', roles: [Role.ADMIN] },
  // a second admin per force: grants that open case content need two people
  {
    subject: 'swp.admin2',
    force: 'SWP',
    displayName: 'SWP Deputy System Administrator',
    roles: [Role.ADMIN],
  },
  // Gwent has every role too, so its cross-force search of SWP's gallery can be run to the end
  { subject: 'gwp.requester', force: 'GWP', displayName: 'DC Tom Hughes', roles: [Role.REQUESTER] },
  { subject: 'gwp.authoriser', force: 'GWP', displayName: 'Insp. Ffion Lewis', roles: [Role.AUTHORISER] },
  {
    subject: 'gwp.reviewer',
    force: 'GWP',
    displayName: 'Examiner Lowri Bevan',
    roles: [Role.REVIEWER],
    certified: true,
  },
  {
    subject: 'gwp.reviewer2',
    force: 'GWP',
    displayName: 'Examiner Dylan Rees',
    roles: [Role.REVIEWER],
    certified: true,
  },
  { subject: 'gwp.supervisor', force: 'GWP', displayName: 'Sgt Megan Watkins', roles: [Role.SUPERVISOR] },
  {
    subject: 'gwp.gallery',
    force: 'GWP',
    displayName: 'GWP Custody Records Manager',
    roles: [Role.GALLERY_MANAGER],
  },
  { subject: 'gwp.admin', force: 'GWP', displayName: 'GWP System Administrator', roles: [Role.ADMIN] },
  {
    subject: 'gwp.admin2',
    force: 'GWP',
    displayName: 'GWP Deputy System Administrator',
    roles: [Role.ADMIN],
  },
  {
    subject: 'oversight.commissioner',
    force: 'SWP',
    displayName: "Commissioner's Office",
    roles: [Role.OVERSIGHT],
    oversees: ['SWP', 'GWP'],
  },
  // national oversight administrators: register oversight officers and grant them forces (two people)
  {
    subject: 'oversight.admin',
    force: 'SWP',
    displayName: 'National Oversight Administrator',
    roles: [Role.OVERSIGHT_ADMIN],
  },
  {
    subject: 'oversight.admin2',
    force: 'SWP',
    displayName: 'National Oversight Deputy Administrator',
    roles: [Role.OVERSIGHT_ADMIN],
  },
];

/**
 * First start of the embedded mode: two forces with a sharing agreement, every role in each
 * (two reviewers each), and a case, so a new user can try every flow. Does nothing when any force exists.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  return db.transaction(async ({ manager }) => {
    if ((await manager.count(Force)) > 0) return false;
    const swp = await manager.save(
      manager.create(Force, {
        code: 'SWP',
        name: 'South Wales Police',
        allowedOffenceCategories: [
          OffenceCategory.ROBBERY,
          OffenceCategory.BURGLARY,
          OffenceCategory.VIOLENCE_AGAINST_THE_PERSON,
          OffenceCategory.SEXUAL_OFFENCES,
          OffenceCategory.MISSING_PERSON,
        ],
      }),
    );
    const gwp = await manager.save(
      manager.create(Force, {
        code: 'GWP',
        name: 'Gwent Police',
        allowedOffenceCategories: [OffenceCategory.ROBBERY, OffenceCategory.VIOLENCE_AGAINST_THE_PERSON],
      }),
    );
    const forces = { SWP: swp, GWP: gwp };
    const inAYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const officers: Record<string, Officer> = {};
    for (const o of DEMO_OFFICERS) {
      officers[o.subject] = await manager.save(
        manager.create(Officer, {
          subject: o.subject,
          forceId: forces[o.force].id,
          displayName: o.displayName,
          roles: o.roles,
          reviewerCertifiedUntil: o.certified ? inAYear : null,
          overseesForceIds: (o.oversees ?? []).map((f) => forces[f].id),
        }),
      );
    }
    // the demo's oversight is seeded, so no officer granted it (proposer and approver stay null)
    for (const o of DEMO_OFFICERS) {
      for (const f of o.oversees ?? [])
        await manager.insert(OversightGrant, {
          officerId: officers[o.subject].id,
          forceId: forces[f].id,
          grantedAt: new Date(),
        });
    }
    await manager.save(
      manager.create(SharingAgreement, {
        galleryForceId: swp.id,
        searchingForceId: gwp.id,
        reference: 'SWP-GWP-2026-01',
        validFrom: new Date(),
        validUntil: inAYear,
      }),
    );
    const requester = officers['swp.requester'];
    await manager.save(
      manager.create(CaseFile, {
        forceId: swp.id,
        crimeReference: '62/00123/26',
        offenceCategory: OffenceCategory.ROBBERY,
        status: CaseStatus.OPEN,
        createdById: requester.id,
        assignedOfficerIds: [requester.id],
      }),
    );
    await appendAudit(manager, null, {
      action: 'DEMO_DATA_SEEDED',
      subjectType: 'System',
      details: { forces: ['SWP', 'GWP'], officers: DEMO_OFFICERS.length },
    });
    return true;
  });
}
