import { registerEnumType } from 'type-graphql';
import { AUDIT_ACTIONS, AUDIT_EVENT_KINDS, AuditAction, AuditEventKind } from '../entities';

/**
 * The GraphQL names and descriptions of the domain's enums. Registered here, in the schema layer,
 * so the entities that define the enums know nothing of GraphQL; build-schema imports this module
 * before building.
 */

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit event records. Stored as its name; the names never change',
  valuesConfig: Object.fromEntries(
    Object.entries(AUDIT_ACTIONS).map(([name, info]) => [
      name,
      { description: `${info.kind}: ${info.description}`, ...('retired' in info ? { deprecationReason: 'No longer written; found in events recorded by earlier versions' } : {}) },
    ]),
  ),
});
registerEnumType(AuditEventKind, {
  name: 'AuditEventKind',
  description: 'What kind of event an audit action records (stated per action)',
  valuesConfig: Object.fromEntries(Object.entries(AUDIT_EVENT_KINDS).map(([kind, description]) => [kind, { description }])),
});
