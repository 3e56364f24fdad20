/**
 * Assembles the commander program from one registration function per command group. Registering
 * stays cheap: a command's description and options are declared here, and its implementation (the
 * services, the store, the server) is imported in its action, so `foothold --help` answers at once.
 */
import { Command } from 'commander';
import type { CliIo } from './io.js';
import { VERSION } from '../shared/version.js';
import { registerUpgrade, registerValidate } from './commands/validate.js';
import { registerCaseCommands } from './commands/cases.js';
import { registerServe } from './commands/serve.js';
import { registerAnalysisCommands } from './commands/analysis.js';
import { registerReportCommand } from './commands/report.js';
import { registerGraphCommands } from './commands/graph.js';
import { registerNurtureCommand } from './commands/nurture.js';
import { registerBrokersCommand } from './commands/brokers.js';
import { registerContactsCommands } from './commands/contacts.js';
import { registerPartnersCommands } from './commands/partners.js';
import { registerPathsCommand } from './commands/paths.js';
import { registerMarketsCommand } from './commands/markets.js';
import { registerBlocsCommand } from './commands/blocs.js';
import { registerInstitutionsCommand } from './commands/institutions.js';
import { registerEvidenceCommands } from './commands/evidence.js';
import { registerQdaCommands } from './commands/qda.js';
import { registerUserCommands } from './commands/user.js';
import { registerCohortCommand } from './commands/cohort.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerPrivacyCommands } from './commands/person.js';

export function buildProgram(io: CliIo): Command {
  const program = new Command('foothold')
    .description("Foothold: map a firm's ties, rate what stands in its way abroad, and find the ties that help.")
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    // One width whatever the terminal, so the help built ahead of time (help-text.ts) is the same text.
    .configureHelp({ helpWidth: 80 })
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride()
    .addHelpText(
      'after',
      '\nExamples:\n  $ foothold validate examples/cases/*.json\n  $ foothold import examples/cases/*.json\n  $ foothold show company-b\n  $ foothold serve\n\nData: SQLite under $FOOTHOLD_DATA (default ./.foothold), or PostgreSQL when $DATABASE_URL is set.',
    );
  registerValidate(program, io);
  registerUpgrade(program, io);
  registerCaseCommands(program, io);
  registerAnalysisCommands(program, io);
  registerReportCommand(program, io);
  registerGraphCommands(program, io);
  registerNurtureCommand(program, io);
  registerBrokersCommand(program, io);
  registerContactsCommands(program, io);
  registerPartnersCommands(program, io);
  registerPathsCommand(program, io);
  registerMarketsCommand(program, io);
  registerBlocsCommand(program, io);
  registerInstitutionsCommand(program, io);
  registerEvidenceCommands(program, io);
  registerQdaCommands(program, io);
  registerCohortCommand(program, io);
  registerUserCommands(program, io);
  registerBackupCommands(program, io);
  registerAuditCommands(program, io);
  registerPrivacyCommands(program, io);
  registerServe(program, io);
  return program;
}
