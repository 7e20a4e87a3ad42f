// `npm run deploy`: registers every slash command with Discord (bulk overwrite, safe to re-run).
import { config as loadEnv } from 'dotenv';
import { commands } from '../../commands/index.js';
import { readConfig, TOKEN_HELP } from './config.js';
import { isTokenRejected } from './errors.js';
import { redact } from './logger.js';
import { DeployError, registerCommands } from './registerCommands.js';

loadEnv({ quiet: true });

async function main(): Promise<number> {
  let token: string | undefined;
  try {
    const config = readConfig();
    token = config.token;
    const { scope, names } = await registerCommands(config, commands);
    console.log(`Registered ${names.length} commands for ${scope}: ${names.map((n) => `/${n}`).join(', ')}`);
    return 0;
  } catch (error) {
    const message =
      error instanceof DeployError
        ? error.message
        : isTokenRejected(error)
          ? TOKEN_HELP
          : `Deploy failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(redact(message, token ? [token] : []));
    return 1;
  }
}

process.exitCode = await main();
