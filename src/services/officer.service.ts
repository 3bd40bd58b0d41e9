import { Database } from '../db';
import { Force, Officer, Role } from '../entities';
import { Topic } from '../events';
import { badInput, conflict, notFound } from '../errors';
import { abilityToWhere, FieldMap } from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

const OFFICER_FIELDS: FieldMap = { id: { column: 'id' }, forceId: { column: 'force_id' } };

export interface NewOfficer {
  subject: string;
  displayName: string;
  collarNumber?: string | null;
  roles: Role[];
  reviewerCertifiedUntil?: Date | null;
  overseesForceIds?: string[];
}

export class OfficerService {
  constructor(private readonly db: Database, private readonly uow: UnitOfWork) {}

  /** Used while authenticating, before there is a context. */
  findActiveBySubject(subject: string): Promise<Officer | null> {
    return this.db.manager.findOne(Officer, { where: { subject, active: true } });
  }

  forceOf(officer: Officer): Promise<Force | null> {
    return this.db.manager.findOne(Force, { where: { id: officer.forceId } });
  }

  list(ctx: RequestContext): Promise<Officer[]> {
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'Officer');
      const filter = abilityToWhere(ctx.ability, 'read', 'Officer', 'o', OFFICER_FIELDS);
      return manager.createQueryBuilder(Officer, 'o').where(filter.sql, filter.params).orderBy('o.display_name').getMany();
    });
  }

  create(ctx: RequestContext, input: NewOfficer): Promise<Officer> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'Officer', { forceId });
      if (await tx.manager.exists(Officer, { where: { subject: input.subject } })) {
        throw conflict('An officer with this subject already exists');
      }
      validateRoles(input.roles, input.overseesForceIds ?? []);
      const officer = await tx.manager.save(
        tx.manager.create(Officer, { ...input, forceId, collarNumber: input.collarNumber ?? null, reviewerCertifiedUntil: input.reviewerCertifiedUntil ?? null, overseesForceIds: input.overseesForceIds ?? [] }),
      );
      await this.uow.audit(ctx, tx, { action: 'OFFICER_CREATED', subjectType: 'Officer', subjectId: officer.id, forceId, details: { roles: officer.roles } });
      return officer;
    });
  }

  setRoles(ctx: RequestContext, officerId: string, roles: Role[], overseesForceIds?: string[]): Promise<Officer> {
    return this.uow.run(ctx, async (tx) => {
      const officer = await tx.manager.findOne(Officer, { where: { id: officerId }, lock: { mode: 'pessimistic_write' } });
      if (!officer) throw notFound('Officer', officerId);
      assertCan(ctx, 'update', 'Officer', officer);
      validateRoles(roles, overseesForceIds ?? officer.overseesForceIds);
      const before = officer.roles;
      officer.roles = roles;
      if (overseesForceIds) officer.overseesForceIds = overseesForceIds;
      await tx.manager.save(officer);
      await this.uow.audit(ctx, tx, { action: 'OFFICER_ROLES_CHANGED', subjectType: 'Officer', subjectId: officer.id, forceId: officer.forceId, details: { before, after: roles } });
      // every instance drops its cached ability for this officer: live feeds stop at once
      tx.publish(Topic.OFFICER_CHANGED, { officerId: officer.id, occurredAt: new Date().toISOString() });
      return officer;
    });
  }
}

function validateRoles(roles: Role[], overseesForceIds: string[]) {
  if (roles.includes(Role.OVERSIGHT) && overseesForceIds.length === 0) {
    throw badInput('An oversight officer must oversee at least one force', { field: 'overseesForceIds' });
  }
  // Oversight watches the police; it must not also be one of the people it watches.
  if (roles.includes(Role.OVERSIGHT) && roles.length > 1) {
    throw badInput('The OVERSIGHT role cannot be combined with other roles', { field: 'roles' });
  }
}
