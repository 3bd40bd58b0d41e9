import type { Logger } from '../logging/logger';
import { Database, type DatabaseTarget } from './database';

/**
 * On PostgreSQL the service runs as an application role that does not own the tables; an owner
 * role runs the migrations. These helpers open the owner's connection when one is configured,
 * and check at start-up that the serving role cannot rewrite the audit log.
 */

/** The owner's connection settings, or null to use the serving connection (embedded, or no migration URL). */
export function ownerTarget(target: DatabaseTarget & { migrationUrl?: string }): DatabaseTarget | null {
  return target.kind === 'postgres' && target.migrationUrl
    ? { kind: 'postgres', url: target.migrationUrl, poolSize: 1 }
    : null;
}

/**
 * Runs `work` with a Database connected as the owner role (DATABASE_MIGRATION_URL) when one is
 * configured, else with `serving` itself.
 */
export async function withOwnerDatabase<T>(
  target: DatabaseTarget & { migrationUrl?: string },
  serving: Database,
  logger: Logger,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const owner = ownerTarget(target);
  if (!owner) return work(serving);
  const db = await Database.open(owner, logger);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * Applies pending migrations as the owner role when one is configured, under the migration lock
 * (see `Database.migrate`); returns their names.
 */
export function migrateAsOwner(
  target: DatabaseTarget & { migrationUrl?: string },
  serving: Database,
  logger: Logger,
  options: { onWait?: () => void } = {},
): Promise<string[]> {
  return withOwnerDatabase(target, serving, logger, (db) => db.migrate(options));
}

/** Start-up refused because migrations are pending and MIGRATE_ON_START is off. */
export class PendingMigrationsError extends Error {
  /** The exit status the service uses for it (EX_CONFIG: restarting will not help; systemd's RestartPreventExitStatus). */
  static readonly EXIT_CODE = 78;

  constructor(readonly pending: string[]) {
    super(
      `${pending.length} database migration${pending.length === 1 ? ' is' : 's are'} pending (${pending.join(', ')}). ` +
        'Run them first with `npm run migrate` (in an image: `deploy/entrypoint.sh migrate`; the migrate job or ' +
        'twokey-migrate.service), with DATABASE_MIGRATION_URL set to the owner role, then start the service; ' +
        'or set MIGRATE_ON_START=true to apply them at start-up',
    );
    this.name = 'PendingMigrationsError';
  }
}

/**
 * Start-up: with `migrateOnStart`, applies pending migrations (as the owner, under the lock) and
 * returns their names; without, refuses with PendingMigrationsError while any is pending.
 */
export async function migrateOrCheck(
  target: DatabaseTarget & { migrationUrl?: string },
  serving: Database,
  logger: Logger,
  migrateOnStart: boolean,
): Promise<string[]> {
  if (migrateOnStart) return migrateAsOwner(target, serving, logger);
  const { pending } = await serving.migrationStatus();
  if (pending.length) throw new PendingMigrationsError(pending);
  return [];
}

/**
 * What the serving role could do to the audit log that it must not: empty when it can only read
 * and append. PostgreSQL only (the embedded PGlite has one role, and relies on the anchors).
 */
export async function servingRoleProblems(db: Database): Promise<string[]> {
  if (db.kind !== 'postgres') return [];
  const [row] = await db.dataSource.query(`
    SELECT current_user AS role,
           r.rolsuper AS superuser,
           pg_has_role(current_user, c.relowner, 'USAGE') AS owns_audit,
           has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS modifies_audit,
           has_table_privilege('audit_anchor', 'INSERT') OR has_table_privilege('audit_anchor', 'UPDATE') OR has_table_privilege('audit_anchor', 'DELETE') AS writes_anchors,
           has_schema_privilege(current_schema(), 'CREATE') AS creates_objects
    FROM pg_class c, pg_roles r
    WHERE c.oid = 'audit_event'::regclass AND r.rolname = current_user`);
  const problems: string[] = [];
  if (row.superuser) problems.push(`the role "${row.role}" is a superuser`);
  if (row.owns_audit)
    problems.push(
      `the role "${row.role}" owns audit_event (or is a member of its owner) and could disable its append-only triggers`,
    );
  if (row.modifies_audit) problems.push(`the role "${row.role}" may UPDATE, DELETE or TRUNCATE audit_event`);
  if (row.writes_anchors) problems.push(`the role "${row.role}" may write audit_anchor directly`);
  if (row.creates_objects)
    problems.push(
      `the role "${row.role}" may create objects in the schema the SECURITY DEFINER functions search`,
    );
  return problems;
}

/**
 * Start-up check: a serving role that could rewrite the audit log is refused in production and
 * warned about elsewhere (development and tests may run as the owner or a superuser).
 */
export async function checkServingRole(db: Database, production: boolean, logger: Logger): Promise<void> {
  const problems = await servingRoleProblems(db);
  if (problems.length === 0) return;
  const message = `the database role the service runs as can rewrite the audit log: ${problems.join('; ')}. Run the service as the application role (member of twokey_app) and migrations as the owner (DATABASE_MIGRATION_URL); see the README`;
  if (production) throw new Error(message);
  logger.warn({ problems }, message);
}
