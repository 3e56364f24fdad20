/**
 * Evidence commands: `foothold transcript import`, `foothold codes`, `foothold matrix`,
 * `foothold agreement` and `foothold anonymize` — the researcher's side of a case.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { TranscriptFileFormat } from '../../core/evidence/transcript-parse.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

// Spelled out here so that registering loads nothing of the core; `satisfies` keeps it in step.
const FILE_FORMATS = ['text', 'markdown', 'docx', 'webvtt', 'srt'] as const satisfies readonly TranscriptFileFormat[];

const evidence = () => import('../../services/evidence-service.js');

function codersArgument(value: string): [string, string] {
  const pair = value.split(',').map((c) => c.trim());
  if (pair.length !== 2 || pair[0] === '' || pair[1] === '' || pair[0] === pair[1]) {
    throw new InvalidArgumentError('expected two different coders separated by a comma, such as MB,JK');
  }
  return [pair[0]!, pair[1]!];
}

interface Replacement {
  original: string;
  pseudonym: string;
}

function replacementArgument(value: string, previous: Replacement[] = []): Replacement[] {
  const at = value.indexOf('=');
  const original = value.slice(0, at).trim();
  const pseudonym = value.slice(at + 1).trim();
  if (at < 0 || original === '' || pseudonym === '') throw new InvalidArgumentError('expected NAME=PSEUDONYM, such as "Vaasa=a Finnish town"');
  return [...previous, { original, pseudonym }];
}

export function registerEvidenceCommands(program: Command, io: CliIo): void {
  const transcript = program.command('transcript').description('bring the text of an interview or document into a case, to code it');
  transcript
    .command('import')
    .description("store a transcript file as the text of one of a firm's sources")
    .argument('<file>', 'a plain-text (.txt), Markdown (.md), Word (.docx), WebVTT (.vtt) or SubRip (.srt) file')
    .requiredOption('--firm <firm-id>', 'the firm whose case holds the source')
    .requiredOption('--source <source-id>', 'the source (an interview, a document …) the text is of')
    .addOption(new Option('--format <format>', 'the kind of file (default: told from its extension)').choices(FILE_FORMATS))
    .option('--id <transcript-id>', 'id of the new transcript (default: made from the source id)')
    .option('--json', 'print { id, source, format, length, turns, speakers }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'The text is stored once, as the file has it (line endings made \\n), with its speaker',
        'turns: "IA1:", "**Interviewer:**", "[IA1]", WebVTT voice tags. Coded segments point into',
        'it by character positions counted in Unicode code points, as REFI-QDA tools count them,',
        'so they never drift. A source has one text: import into a new source for another file.',
        '',
        'Examples:',
        '  $ foothold transcript import interview-ia1.docx --firm company-a --source src-interview-ia1',
        '  $ foothold transcript import call.vtt --firm acme --source src-call-2026-03 --json',
      ].join('\n'),
    )
    .action(async (file: string, opts: { firm: string; source: string; format?: TranscriptFileFormat; id?: string; json?: boolean; workspace: string }) => {
      const { importTranscript } = await evidence();
      const { transcript: t, length } = await withStore((store) =>
        importTranscript(store, opts.workspace, opts.firm, file, {
          source: opts.source,
          ...(opts.format === undefined ? {} : { format: opts.format }),
          ...(opts.id === undefined ? {} : { id: opts.id }),
        }),
      );
      const speakers = [...new Set((t.turns ?? []).flatMap((turn) => (turn.speaker === undefined ? [] : [turn.speaker])))];
      if (opts.json === true) {
        io.out(JSON.stringify({ id: t.id, source: t.source, format: t.format, length, turns: t.turns?.length ?? 0, speakers }, null, 2));
        return;
      }
      const who = speakers.length === 0 ? 'no speaker labels' : `speakers ${speakers.join(', ')}`;
      io.out(`${file} (${t.format}): transcript "${t.id}" of source "${t.source}", ${length} characters in ${t.turns?.length ?? 0} turns, ${who}`);
    });

  program
    .command('codes')
    .description("show a firm's codebook: built-in codes, the case's own and free codes, with how many segments use each")
    .argument('<firm-id>', 'id of the firm')
    .option('--all', 'list every built-in code, used or not (default: groups, and codes in use)')
    .option('--json', 'print [{ id, name, parent, origin, codable, depth, uses, color, description }]')
    .addOption(workspaceOption())
    .addHelpText('after', '\nExamples:\n  $ foothold codes company-a\n  $ foothold codes company-a --all --json')
    .action(async (firmId: string, opts: { all?: boolean; json?: boolean; workspace: string }) => {
      const { firmCodebook } = await evidence();
      const codebook = await withStore((store) => firmCodebook(store, opts.workspace, firmId));
      if (opts.json === true) {
        io.out(JSON.stringify(codebook, null, 2));
        return;
      }
      for (const entry of codebook) {
        if (opts.all !== true && entry.codable && entry.uses === 0 && entry.origin === 'builtin') continue;
        const origin = entry.origin === 'builtin' ? '' : entry.origin === 'own' ? ' (own)' : ' (free: in no codebook)';
        const uses = entry.codable ? ` — ${entry.uses}` : '';
        io.out(`${'  '.repeat(entry.depth)}${entry.name} [${entry.id}]${origin}${uses}`);
      }
    });

  program
    .command('matrix')
    .description('show the framework matrix: firms × codes, and challenges × network types, with the quotes behind each cell')
    .argument('<firm-id...>', 'one or more firms')
    .option('--quotes', 'print the quotes under each challenge × network-type cell')
    .option('--json', 'print { firms, codes, cells, challengeNetwork, quotes }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'A code counts the segments coded with it or with a code under it. A challenge × network-type',
        'cell holds the evidence of the level recorded there plus the segments coded with both; its',
        'triangulation is the number of independent kinds of source (interview, document, website …)',
        'behind it.',
        '',
        'Examples:',
        '  $ foothold matrix company-a company-b',
        '  $ foothold matrix company-b --quotes',
        '  $ foothold matrix company-a --json | jq ".challengeNetwork[0].cells"',
      ].join('\n'),
    )
    .action(async (firmIds: string[], opts: { quotes?: boolean; json?: boolean; workspace: string }) => {
      const { firmsMatrix } = await evidence();
      const { printMatrix } = await import('../matrix-text.js');
      const matrix = await withStore((store) => firmsMatrix(store, opts.workspace, firmIds));
      if (opts.json === true) io.out(JSON.stringify(matrix, null, 2));
      else printMatrix(io, matrix, opts.quotes === true);
    });

  program
    .command('agreement')
    .description("compare two coders on one source's transcript: Cohen's kappa per code and pooled, and where they differ")
    .argument('<firm-id>', 'id of the firm')
    .requiredOption('--source <source-id>', 'the source whose transcript both coded')
    .option('--coders <a,b>', 'the two coders, as their segments name them (default: the two who coded the source)', codersArgument)
    .option('--json', 'print { coders, overall, perCode, disagreements, … }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        "The units are the transcript's speaker turns (its paragraphs when it has none). A coder",
        'applied a code to a unit when one of their segments with that code overlaps it. Kappa is',
        "Cohen's (1960) per code; the pooled figure averages agreement over codes (de Vries et al.",
        '2008). Kappa is "n/a" where chance agreement is 1 (both coded every unit, or none).',
        '',
        'Example:',
        '  $ foothold agreement company-a --source src-interview-ia1 --coders MB,JK',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: { source: string; coders?: [string, string]; json?: boolean; workspace: string }) => {
      const { sourceAgreement } = await evidence();
      const result = await withStore((store) => sourceAgreement(store, opts.workspace, firmId, opts.source, opts.coders));
      if (opts.json === true) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const k = (kappa: number | null) => (kappa === null ? 'n/a' : kappa.toFixed(2));
      const [a, b] = result.coders;
      io.out(`${result.source}: ${a} and ${b} over ${result.overall.units / Math.max(1, result.perCode.length)} ${result.unitKind}`);
      io.out(`pooled kappa ${k(result.overall.kappa)} (observed agreement ${(result.overall.observed * 100).toFixed(0)} %)`);
      for (const code of result.perCode) {
        io.out(
          `  ${result.codeNames[code.code] ?? code.code} [${code.code}]: kappa ${k(code.kappa)}; both ${code.both}, only ${a} ${code.onlyA}, only ${b} ${code.onlyB}`,
        );
      }
      if (result.disagreements.length === 0) io.out('no disagreements');
      else io.out(`${result.disagreements.length} disagreements:`);
      for (const d of result.disagreements) {
        const text = result.unitTexts[d.unit] ?? '';
        const shown = text.length > 70 ? `${text.slice(0, 70)}…` : text;
        io.out(`  unit ${d.unit + 1}, ${result.codeNames[d.code] ?? d.code}: only ${d.appliedBy === 'A' ? a : b} — "${shown}"`);
      }
    });

  program
    .command('anonymize')
    .description('write a pseudonymized copy of a case: the firm, its people and places replaced in every field and quote')
    .argument('<firm-id>', 'id of the firm')
    .requiredOption('-o, --output <file>', 'the case file to write')
    .option('--firm-name <pseudonym>', 'what to call the firm (default: "Company X")')
    .option('--replace <name=pseudonym>', 'another name to replace, repeatable: a town, a product, a partner ("Ulaanbaatar=the capital")', replacementArgument)
    .option('--json', 'print { output, pseudonyms, remaining }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Each key person becomes "Key person 1" …, each person actor "Contact 1" …, everywhere:',
        'names, notes, titles, quotes and transcripts (segments keep pointing at the same words).',
        "People's e-mail addresses, phone numbers and profile links are left out. Then the",
        'capitalised words that remain are listed for you to review: a re-identification check,',
        'not a guarantee.',
        '',
        'Example:',
        '  $ foothold anonymize company-a -o company-a.anon.json --replace "Vaasa=a Finnish town"',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: { output: string; firmName?: string; replace?: Replacement[]; json?: boolean; workspace: string }) => {
      const { anonymizedFirm } = await evidence();
      const { writeCaseFile } = await import('../../services/case-files.js');
      const result = await withStore((store) =>
        anonymizedFirm(store, opts.workspace, firmId, {
          ...(opts.firmName === undefined ? {} : { firmPseudonym: opts.firmName }),
          extra: opts.replace ?? [],
        }),
      );
      await writeCaseFile(opts.output, result.caseFile);
      if (opts.json === true) {
        io.out(JSON.stringify({ output: opts.output, pseudonyms: result.pseudonyms, remaining: result.remaining }, null, 2));
        return;
      }
      io.out(`wrote ${opts.output}: ${result.pseudonyms.length} names replaced`);
      for (const p of result.pseudonyms) io.out(`  ${p.original} → ${p.pseudonym}`);
      if (result.remaining.length === 0) io.out('no capitalised word remains outside the pseudonyms');
      else {
        io.out(`capitalised words that remain, to review (${result.remaining.length}):`);
        for (const w of result.remaining.slice(0, 40)) io.out(`  ${w.word} ×${w.count} (${w.where.join(', ')})`);
        if (result.remaining.length > 40) io.out(`  … and ${result.remaining.length - 40} more (--json lists all)`);
      }
    });
}
