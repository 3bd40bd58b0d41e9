import { mintDevToken } from '../auth/token-verifier';
import { ConfigError, loadConfig } from '../config/config';
import { DEMO_OFFICERS } from '../db/demo-data';

/** Prints a development token for a demo officer: `npm run token -- swp.requester [--expires 1h]`. */
async function main() {
  const args = process.argv.slice(2);
  const subject = args.find((a) => !a.startsWith('--'));
  const expiresIndex = args.indexOf('--expires');
  const expiresIn = expiresIndex >= 0 ? args[expiresIndex + 1] : '8h';
  if (!subject) {
    process.stderr.write(
      `usage: npm run token -- <subject> [--expires 8h]\nDemo officers:\n${DEMO_OFFICERS.map((o) => `  ${o.subject.padEnd(24)} ${o.force}  ${o.roles.join(', ')}`).join('\n')}\n`,
    );
    process.exit(2);
  }
  try {
    const config = loadConfig(process.env, 'tool');
    process.stdout.write(
      `${await mintDevToken(config.auth, subject, { expiresIn, production: config.production })}\n`,
    );
  } catch (error) {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

void main();
