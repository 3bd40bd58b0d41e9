import { randomUUID } from 'node:crypto';
import { defineAbilityFor } from '../policy';
import { RequestMemo, type RequestContext } from './request-context';

/** Timers act as the system: no officer, no ability, audit events without an actor. */
export function systemContext(): RequestContext {
  return { requestId: randomUUID(), officer: null, ability: defineAbilityFor(null), memo: new RequestMemo() };
}
