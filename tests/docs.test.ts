// The rule page's examples are part of the contract: each ❌ block must be reported, each ✅ block
// must stay quiet, and each "After" block must be exactly what its suggestion produces. The blocks
// are linted on syntax alone, as a user without type information sees them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { ESLint, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { DEFAULT_OPTIONS, optionsSchema } from '../src/options.js';
import orphanRule from '../src/rules/no-orphan-event.js';
import rule from '../src/rules/no-sync-notification-in-handler.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtureRoot = path.join(here, 'fixtures', 'project');
const pagePath = path.join(here, '..', 'docs', 'rules', 'no-sync-notification-in-handler.md');
const ruleId = 'async-notifications/no-sync-notification-in-handler';

type Verdict = 'incorrect' | 'correct';
type HandlerKind = 'route' | 'pagesApi' | 'serverAction';

interface DocBlock {
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
  lang: string;
  code: string;
  section: string;
  subsection: string;
  verdict: Verdict | undefined;
  filename: string | undefined;
  options: Record<string, unknown> | undefined;
  /** The block is the output of this suggestion applied to the previous ❌ block of the same file. */
  suggestion: string | undefined;
}

/** Splits the page into fenced blocks, each with its heading context and the HTML comments above it. */
function parseBlocks(markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  let section = '';
  let subsection = '';
  let verdict: Verdict | undefined;
  let comments: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{2,4})\s+(.*)$/.exec(line);
    if (heading) {
      const [, hashes, text] = heading as unknown as [string, string, string];
      if (hashes.length === 2) [section, subsection, verdict] = [text, '', undefined];
      if (hashes.length === 3) [subsection, verdict] = [text, undefined];
      if (hashes.length === 4) verdict = text.startsWith('❌') ? 'incorrect' : text.startsWith('✅') ? 'correct' : undefined;
      comments = {};
      continue;
    }
    const comment = /^<!--\s*(\w+):\s*(.*?)\s*-->$/.exec(line);
    if (comment) {
      comments[comment[1]!] = comment[2]!;
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      blocks.push({
        line: start + 1,
        lang: fence[1] ?? '',
        code: `${body.join('\n')}\n`,
        section,
        subsection,
        verdict: comments.filename ? verdict : undefined,
        filename: comments.filename,
        options: comments.options ? (JSON.parse(comments.options) as Record<string, unknown>) : undefined,
        suggestion: comments.suggestion,
      });
      comments = {};
      continue;
    }
    // A paragraph between the comments and their block detaches them: they must sit right above it.
    if (line.trim() !== '') comments = {};
  }
  return blocks;
}

function handlerKindOf(block: DocBlock): HandlerKind | undefined {
  if (block.section !== 'Examples') return undefined;
  if (/route handlers?/i.test(block.subsection)) return 'route';
  if (/pages api/i.test(block.subsection)) return 'pagesApi';
  if (/server actions?/i.test(block.subsection)) return 'serverAction';
  return undefined;
}

const plugin: ESLint.Plugin = {
  rules: { 'no-sync-notification-in-handler': rule as unknown as Rule.RuleModule },
};

function lint(block: DocBlock): Linter.LintMessage[] {
  const linter = new Linter({ cwd: fixtureRoot });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: {
        parser: tsParser,
        parserOptions: { project: false, projectService: false },
      },
      plugins: { 'async-notifications': plugin },
      rules: { [ruleId]: ['error', block.options ?? {}] },
    },
  ];
  return linter.verify(block.code, config, { filename: path.join(fixtureRoot, block.filename!) });
}

function describeBlock(block: DocBlock): string {
  return `line ${block.line} (${block.filename}, ${block.verdict === 'incorrect' ? '❌' : '✅'}${block.suggestion ? ` ${block.suggestion}` : ''})`;
}

const markdown = readFileSync(pagePath, 'utf8');
const blocks = parseBlocks(markdown);
const linted = blocks.filter((b) => b.filename !== undefined);

describe('docs/rules/no-sync-notification-in-handler.md', () => {
  it('opens with the rule description', () => {
    const description = rule.meta.docs?.description;
    expect(description).toBeTruthy();
    expect(markdown.split('\n')[0]).toContain(description);
  });

  it('marks every linted block ❌ or ✅ and writes it in TypeScript', () => {
    expect(linted.length).toBeGreaterThan(0);
    for (const block of linted) {
      expect(block.verdict, `block at line ${block.line} has a filename but no ❌/✅ heading`).toBeDefined();
      expect(['ts', 'tsx'], `block at line ${block.line}`).toContain(block.lang);
    }
  });

  it('gives every TypeScript block of the Examples section a filename', () => {
    const examples = blocks.filter((b) => b.section === 'Examples' && (b.lang === 'ts' || b.lang === 'tsx'));
    expect(examples.length).toBeGreaterThan(0);
    for (const block of examples) expect(block.filename, `Examples block at line ${block.line}`).toBeDefined();
  });

  it('has at least one ❌ and one ✅ example per handler kind', () => {
    const kinds: HandlerKind[] = ['route', 'pagesApi', 'serverAction'];
    for (const kind of kinds) {
      for (const verdict of ['incorrect', 'correct'] as const) {
        const count = linted.filter((b) => handlerKindOf(b) === kind && b.verdict === verdict).length;
        expect(count, `${verdict} examples for ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  describe.each(linted.map((block) => [describeBlock(block), block] as const))('%s', (_name, block) => {
    it('parses', () => {
      const fatal = lint(block).filter((m) => m.fatal);
      expect(fatal.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });

    if (block.verdict === 'incorrect') {
      it('is reported', () => {
        expect(lint(block).filter((m) => m.ruleId === ruleId).length).toBeGreaterThan(0);
      });
    } else {
      it('is not reported', () => {
        expect(lint(block).filter((m) => m.ruleId === ruleId).map((m) => m.message)).toEqual([]);
      });
    }

    if (block.suggestion) {
      it(`is what ${block.suggestion} makes of the ❌ block before it`, () => {
        const index = blocks.indexOf(block);
        const before = blocks
          .slice(0, index)
          .reverse()
          .find((b) => b.verdict === 'incorrect' && b.filename === block.filename);
        expect(before, 'a ❌ block of the same file above it').toBeDefined();
        const reports = lint(before!).filter((m) => m.ruleId === ruleId);
        // The one-event suggestion is about a handler with several reports; each offers the same rewrite.
        if (block.suggestion === 'useOneInngestEvent') expect(reports.length, 'the ❌ block should have several reports').toBeGreaterThan(1);
        else expect(reports, 'the ❌ block should have exactly one report').toHaveLength(1);
        const suggestion = reports[0]!.suggestions?.find((s) => s.messageId === block.suggestion);
        expect(suggestion, `${block.suggestion} is offered`).toBeDefined();
        const { range, text } = suggestion!.fix;
        const output = before!.code.slice(0, range[0]) + text + before!.code.slice(range[1]);
        expect(output).toBe(block.code);
      });
    }
  });

  it('lists exactly the options of the schema, with their defaults', () => {
    const section = markdown.split(/^## /m).find((s) => s.startsWith('Options'));
    expect(section).toBeDefined();
    const rows = section!
      .split('\n')
      .filter((l) => /^\| `\w+` \|/.test(l))
      .map((l) => l.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    const names = rows.map((cells) => cells[1]!.replace(/`/g, ''));
    const schemaNames = Object.keys((optionsSchema[0] as { properties: Record<string, unknown> }).properties);
    expect(names.sort()).toEqual([...schemaNames].sort());
    for (const cells of rows) {
      const name = cells[1]!.replace(/`/g, '') as keyof typeof DEFAULT_OPTIONS;
      const literal = cells[3]!.replace(/^`|`$/g, '');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's Default column holds JavaScript literals (`'inngest'`, `[]`): evaluating them is what this test checks
      const evaluate = new Function(`return (${literal});`) as () => unknown;
      expect(evaluate(), `default of ${name}`).toEqual(DEFAULT_OPTIONS[name]);
    }
  });
});

// docs/rules/no-orphan-event.md: the rule needs type information, so its blocks are linted with the
// fixture project's program (whose inngest/functions.ts holds the consumers the page relies on).
describe('docs/rules/no-orphan-event.md', { timeout: 300_000 }, () => {
  const orphanPage = readFileSync(path.join(here, '..', 'docs', 'rules', 'no-orphan-event.md'), 'utf8');
  const orphanBlocks = parseBlocks(orphanPage);
  const orphanLinted = orphanBlocks.filter((b) => b.filename !== undefined);
  const orphanRuleId = 'async-notifications/no-orphan-event';
  const orphanPlugin: ESLint.Plugin = { rules: { 'no-orphan-event': orphanRule as unknown as Rule.RuleModule } };
  const linter = new Linter({ cwd: fixtureRoot });

  function lintTyped(block: DocBlock): Linter.LintMessage[] {
    const config: Linter.Config[] = [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixtureRoot } },
        plugins: { 'async-notifications': orphanPlugin },
        rules: { [orphanRuleId]: ['warn', block.options ?? {}] },
      },
    ];
    return linter.verify(block.code, config, { filename: path.join(fixtureRoot, block.filename!) });
  }

  it('opens with the rule description', () => {
    const description = orphanRule.meta.docs?.description;
    expect(description).toBeTruthy();
    expect(orphanPage.split('\n')[0]).toContain(description);
  });

  it('has ❌ and ✅ examples, each in TypeScript', () => {
    expect(orphanLinted.filter((b) => b.verdict === 'incorrect').length).toBeGreaterThan(0);
    expect(orphanLinted.filter((b) => b.verdict === 'correct').length).toBeGreaterThan(0);
    for (const block of orphanLinted) {
      expect(block.verdict, `block at line ${block.line} has a filename but no ❌/✅ heading`).toBeDefined();
      expect(['ts', 'tsx'], `block at line ${block.line}`).toContain(block.lang);
    }
  });

  it.each(orphanLinted.map((block) => [describeBlock(block), block] as const))('%s', (_name, block) => {
    const messages = lintTyped(block);
    expect(messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    const reports = messages.filter((m) => m.ruleId === orphanRuleId);
    if (block.verdict === 'incorrect') expect(reports.map((m) => m.messageId)).toEqual(['orphanEvent']);
    else expect(reports.map((m) => m.message)).toEqual([]);
  });

  it('lists exactly the options of the schema, with their defaults', () => {
    const section = orphanPage.split(/^## /m).find((s) => s.startsWith('Options'));
    const rows = section!
      .split('\n')
      .filter((l) => /^\| `\w+` \|/.test(l))
      .map((l) => l.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    const schema = orphanRule.meta.schema as unknown as { properties: Record<string, unknown> }[];
    expect(rows.map((cells) => cells[1]!.replace(/`/g, ''))).toEqual(Object.keys(schema[0]!.properties));
    const defaults = (orphanRule.meta.defaultOptions as unknown as Record<string, unknown>[])[0]!;
    for (const cells of rows) {
      const name = cells[1]!.replace(/`/g, '');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's Default column holds JavaScript literals: evaluating them is what this test checks
      const evaluate = new Function(`return (${cells[3]!.replace(/^`|`$/g, '')});`) as () => unknown;
      expect(evaluate(), `default of ${name}`).toEqual(defaults[name]);
    }
  });
});
