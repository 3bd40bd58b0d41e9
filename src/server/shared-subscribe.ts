import {
  createSourceEventStream,
  DocumentNode,
  execute,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLSchema,
  Kind,
} from 'graphql';
import { SAME_FOR_EVERY_SUBSCRIBER } from '../schema/field-extensions';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-js' `subscribe`, except that one event is executed once for all the sockets that
 * subscribed to the same field with the same document, operation and variables, when the field
 * says its result depends on the event alone (`SAME_FOR_EVERY_SUBSCRIBER`) and `mayShare` accepts
 * the subscriber's context. Each socket's own subscribe step (and so its own checks) still runs,
 * and each socket gets only the events its own source stream yields: what is shared is the
 * execution of an event that was already given to it. A shared result with errors is not reused:
 * every other socket then executes the event itself.
 *
 * Results are kept beside the event object (a WeakMap), so they live as long as some socket has
 * the event still to send.
 */
export function sharedSubscribe(mayShare: (contextValue: unknown) => boolean) {
  const documentIds = new WeakMap<DocumentNode, number>();
  let documents = 0;
  const results = new WeakMap<object, Map<string, Result>>();

  const keyOf = (args: ExecutionArgs): string | null => {
    if (
      !mayShare(args.contextValue) ||
      !sameForEverySubscriber(args.schema, args.document, args.operationName)
    )
      return null;
    let id = documentIds.get(args.document);
    if (id === undefined) documentIds.set(args.document, (id = documents += 1));
    return `${id}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? null)}`;
  };

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const own = (event: unknown): Result => execute({ ...args, rootValue: event });
    const key = keyOf(args);
    if (key === null) return new MappedEvents(stream, own);
    return new MappedEvents(stream, (event) => {
      if (typeof event !== 'object' || event === null) return own(event);
      let byKey = results.get(event);
      if (!byKey) results.set(event, (byKey = new Map()));
      const shared = byKey.get(key);
      if (shared === undefined) {
        const result = own(event);
        byKey.set(key, result);
        return result;
      }
      return isPromise(shared)
        ? shared.then((r) => (r.errors?.length ? own(event) : r))
        : shared.errors?.length
          ? own(event)
          : shared;
    });
  };
}

/** The operation is a subscription to one field, named without fragments, that declares its result the same for every subscriber. */
function sameForEverySubscriber(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  const subscription = schema.getSubscriptionType();
  if (!operation || operation.operation !== 'subscription' || !subscription) return false;
  const [root, ...more] = operation.selectionSet.selections;
  if (!root || more.length || root.kind !== Kind.FIELD) return false;
  return subscription.getFields()[root.name.value]?.extensions?.[SAME_FOR_EVERY_SUBSCRIBER] === true;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof Object(value)[Symbol.asyncIterator] === 'function';
}

/** The source stream's events, each mapped to what is sent (graphql-js' mapAsyncIterator, which is not public). */
class MappedEvents<T, R> implements AsyncIterableIterator<R> {
  private readonly source: AsyncIterator<T>;

  constructor(
    source: AsyncIterable<T>,
    private readonly map: (event: T) => R | Promise<R>,
  ) {
    this.source = source[Symbol.asyncIterator]();
  }

  async next(): Promise<IteratorResult<R>> {
    const event = await this.source.next();
    if (event.done) return { value: undefined, done: true };
    try {
      return { value: await this.map(event.value), done: false };
    } catch (error) {
      await this.closeSource();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<R>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<R>> {
    if (this.source.throw) {
      const event = await this.source.throw(error);
      if (event.done) return { value: undefined, done: true };
      return { value: await this.map(event.value), done: false };
    }
    await this.closeSource();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<R> {
    return this;
  }

  private async closeSource(): Promise<void> {
    try {
      await this.source.return?.();
    } catch {
      // keep the original error
    }
  }
}
