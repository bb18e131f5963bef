import type { AuditReport, Evidence, Failure, HandlerReport, HandlerWorkFact, UnitReport, Verdict } from '../analysis/index.js';
import type { Channel } from '../analysis/index.js';

/** The output formats of `async-notifications audit`. */
export type AuditFormat = 'text' | 'json' | 'md';
export const AUDIT_FORMATS: readonly AuditFormat[] = ['text', 'json', 'md'];

/** The audit's question, as the audit item phrases it. */
export const AUDIT_QUESTION = 'Are notifications triggered asynchronously, so that a notification failure cannot fail the user\'s action?';

interface ChannelWords {
  /** `a notification record` */
  noun: string;
  /** `creates a notification record` */
  verb: string;
  /** `if that insert fails` */
  failure: string;
}

const CHANNEL_WORDS: Record<Channel, ChannelWords> = {
  'notification record': { noun: 'a notification record', verb: 'creates a notification record', failure: 'if that insert fails' },
  email: { noun: 'an email', verb: 'sends an email', failure: 'if the mail provider fails or times out' },
  push: { noun: 'a push notification', verb: 'sends a push notification', failure: 'if the push service fails or times out' },
  SMS: { noun: 'an SMS', verb: 'sends an SMS', failure: 'if the SMS provider fails or times out' },
  'notification platform': { noun: 'a notification platform call', verb: 'calls a notification platform', failure: 'if the notification platform fails or times out' },
  'chat webhook': { noun: 'a chat webhook', verb: 'posts to a chat webhook', failure: 'if the webhook fails or times out' },
  chat: { noun: 'a chat message', verb: 'posts a chat message', failure: 'if the chat service fails or times out' },
  'notification helper': { noun: 'notification work', verb: 'does notification work', failure: 'if that work fails' },
};

function words(channel: Channel | undefined): ChannelWords {
  return CHANNEL_WORDS[channel ?? 'notification helper'];
}

const KIND_NAMES: Record<HandlerReport['kind'], string> = { route: 'route handler', pagesApi: 'Pages API route', serverAction: 'Server Action' };

/** Verbs that say nothing about what the action records: `createPost` is about a post. */
const GENERIC_VERBS = new Set(['create', 'add', 'submit', 'save', 'handle', 'do', 'set', 'post', 'make', 'send', 'new', 'update', 'process', 'api', 'toggle']);

const PARTICLES = new Set(['up', 'in', 'out', 'off']);

/** What the user's action recorded, for "although the like was recorded": from the route's last static segment or the action's name. */
function actionNoun(handler: HandlerReport): string {
  const source =
    handler.kind === 'serverAction'
      ? handler.name
      : (handler.route.split(' ').at(-1) ?? '')
          .split('/')
          .filter((s) => s && !s.startsWith('[') && s !== 'api')
          .at(-1) ?? '';
  const list = source
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  // `signUp`, `checkOut`: a verb with its particle is the noun (`the sign-up`).
  const [first, second] = list;
  if (first !== undefined && second !== undefined && PARTICLES.has(second)) return `the ${first}-${second}`;
  const word = list.find((w) => !GENERIC_VERBS.has(w));
  if (!word) return 'the action';
  const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return `the ${singular}`;
}

/** How a helper was recognised, when the chain does not show it: `judged by its name`, `notificationFunctions`. */
function recognisedBy(work: Pick<HandlerWorkFact, 'channel' | 'label'>): string | undefined {
  return work.channel === 'notification helper' ? /\(([^()]*)\)$/.exec(work.label)?.[1] : undefined;
}

function where(file: string, line: number): string {
  return `${file}:${line}`;
}

/** The chain unless it only repeats the label (`inngest.send`). */
function chainSuffix(work: Pick<HandlerWorkFact, 'chain' | 'label'>): string {
  return work.chain && work.chain !== work.label ? `: ${work.chain}` : '';
}

/** One "detail on fail" sentence: which endpoint, what work, what the user sees when it fails. */
export function describeFailure(failure: Failure): string {
  if (failure.kind === 'noDecoupling') {
    const { feature } = failure;
    return `The code base has notifications (${feature.subject}, ${where(feature.file, feature.line)}) but no decoupled implementation: no hand-off of notification work, no queue worker that does notification work, no database trigger on a notifications table.`;
  }
  const { handler, work } = failure;
  const head = `${handler.route} (${where(handler.file, work.line)})`;
  const channel = words(work.channel);
  const action = actionNoun(handler);
  const how = recognisedBy(work);
  const chain = how ? `${work.chain}, ${how}` : work.chain;
  if (work.outcome === 'drops') {
    return `${head} starts ${channel.noun} (${chain}) and neither awaits nor hands it off — on a serverless platform the function may freeze before it finishes, and the notification is lost without an error.`;
  }
  if (work.inTransaction) {
    return `${head} waits for ${channel.noun} (${chain}) inside the action's own transaction — ${channel.failure}, ${action} is rolled back and the user sees an error.`;
  }
  if (handler.webhook) {
    return `${head} waits for ${channel.noun} (${chain}) before it responds to a webhook — ${channel.failure}, its sender gets an error or times out, and sends the event again.`;
  }
  return `${head} waits for ${channel.noun} (${chain}) before it responds — ${channel.failure}, the user sees an error although ${action} was recorded.`;
}

/** One evidence line's text (its file and line are printed next to it). */
export function describeEvidence(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'hand-off': {
      const what = evidence.event !== undefined ? `the event ${evidence.event}` : words(evidence.channel).noun;
      const chain = evidence.chain && evidence.chain !== evidence.via && evidence.chain !== evidence.subject ? `: ${evidence.chain}` : '';
      return `${evidence.subject} hands off ${what} via ${evidence.via ?? 'a queue'}${chain}`;
    }
    case 'queue worker':
      return `${evidence.subject}${evidence.detail ? ` (${evidence.detail})` : ''} ${words(evidence.channel).verb}: ${evidence.chain ?? ''}`;
    case 'database trigger':
      return `${evidence.subject} ${evidence.detail === 'on a notifications table' ? 'fires on a notifications table' : `inserts into a notifications table${evidence.via ? ` through ${evidence.via}` : ''}`}`;
    case 'notification model':
      return evidence.subject;
  }
}

/** What a handler does with one piece of notification work, for the handler list. */
export function describeWork(work: HandlerWorkFact): string {
  const at = ` (line ${work.line})`;
  if (work.outcome === 'handsOff') {
    const what = work.event !== undefined ? `the event ${work.event}` : words(work.channel).noun;
    return `hands off ${what} via ${work.via ?? work.label}${chainSuffix(work)}${at}`;
  }
  const transaction = work.inTransaction ? ' inside its transaction' : '';
  const how = recognisedBy(work);
  return `${work.outcome === 'waits' ? 'waits for' : 'drops'} ${words(work.channel).noun}${transaction}: ${work.chain}${how ? ` (${how})` : ''}${at}`;
}

const OUTCOME_WORDS: Record<HandlerReport['outcome'], string> = { waits: 'waits', drops: 'drops', handsOff: 'hands off', none: 'none' };
const VERDICT_WORDS: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', 'n/a': 'N/A' };
const VERDICT_REASONS: Record<Verdict, string> = {
  pass: 'no handler waits for or drops notification work, and a decoupled implementation is present.',
  fail: 'notification work can fail or slow down the user\'s action.',
  'n/a': 'the code base has no notification feature (no notification work, model, table or hand-off).',
};

function handlerHeading(handler: HandlerReport): string {
  const delivery = handler.delivery ? ', delivery endpoint' : handler.webhook ? ', webhook receiver' : '';
  return `${handler.route} (${KIND_NAMES[handler.kind]}, ${where(handler.file, handler.line)}${delivery}): ${OUTCOME_WORDS[handler.outcome]}`;
}

function typeLine(report: AuditReport): string {
  const { typed, untyped } = report.files;
  const total = typed + untyped;
  if (typed === 0) return `Type information: none (${total} ${total === 1 ? 'file' : 'files'} linted on syntax alone)`;
  return `Type information: ${typed} of ${total} linted files typed`;
}

function textUnit(unit: UnitReport, indent: string): string[] {
  const lines: string[] = [];
  lines.push(`${indent}Handlers (${unit.handlers.length})`);
  if (unit.handlers.length === 0) lines.push(`${indent}  none found`);
  for (const handler of unit.handlers) {
    lines.push(`${indent}  ${handlerHeading(handler)}`);
    for (const work of handler.work) lines.push(`${indent}    ${describeWork(work)}`);
  }
  lines.push('', `${indent}Evidence (${unit.evidence.length})`);
  if (unit.evidence.length === 0) lines.push(`${indent}  none found`);
  for (const evidence of unit.evidence) lines.push(`${indent}  ${evidence.kind}: ${describeEvidence(evidence)} (${where(evidence.file, evidence.line)})`);
  if (unit.deliveries.length > 0) {
    lines.push('', `${indent}Delivery endpoints (their action is the delivery itself; not failed while they wait for it)`);
    for (const handler of unit.deliveries) lines.push(`${indent}  ${handler.route} (${where(handler.file, handler.line)})`);
  }
  lines.push('', `${indent}Verdict: ${VERDICT_WORDS[unit.verdict]} — ${VERDICT_REASONS[unit.verdict]}`);
  for (const failure of unit.failures) lines.push(`${indent}  - ${describeFailure(failure)}`);
  return lines;
}

/** The default format: for a terminal. */
export function formatText(report: AuditReport, dir: string): string {
  const lines = [`Notification audit of ${dir}`, AUDIT_QUESTION, typeLine(report), ''];
  if (!report.monorepo) {
    // Outside a monorepo there is exactly one unit: the directory itself.
    for (const unit of report.units) lines.push(...textUnit(unit, ''));
  } else {
    for (const unit of report.units) lines.push(`App ${unit.name}: ${VERDICT_WORDS[unit.verdict]}`, ...textUnit(unit, '  '), '');
    lines.push(`Overall: ${VERDICT_WORDS[report.verdict]} (${report.units.map((u) => `${u.name}: ${VERDICT_WORDS[u.verdict]}`).join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}

const MD_VERDICT: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', 'n/a': '➖ n/a' };

function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function mdUnit(unit: UnitReport, level: string): string[] {
  const lines: string[] = [];
  lines.push(`${level} Handlers`, '');
  if (unit.handlers.length === 0) lines.push('None found.');
  else {
    lines.push('| Handler | Kind | Location | Notification work |', '| --- | --- | --- | --- |');
    for (const handler of unit.handlers) {
      const work = handler.work.length === 0 ? 'none' : handler.work.map((w) => mdCell(describeWork(w))).join('<br>');
      const kind = `${KIND_NAMES[handler.kind]}${handler.delivery ? ' (delivery endpoint)' : handler.webhook ? ' (webhook receiver)' : ''}`;
      lines.push(`| ${mdCode(handler.route)} | ${kind} | ${mdCode(where(handler.file, handler.line))} | ${work} |`);
    }
  }
  lines.push('', `${level} Evidence`, '');
  if (unit.evidence.length === 0) lines.push('None found.');
  for (const evidence of unit.evidence) lines.push(`- ${evidence.kind}: ${describeEvidence(evidence)} (${mdCode(where(evidence.file, evidence.line))})`);
  if (unit.failures.length > 0) {
    lines.push('', `${level} Details`, '');
    for (const failure of unit.failures) lines.push(`- ${describeFailure(failure)}`);
  }
  return lines;
}

/** For a pull-request comment. */
export function formatMarkdown(report: AuditReport, dir: string): string {
  const lines = [`## Notification audit: ${MD_VERDICT[report.verdict]}`, '', `> ${AUDIT_QUESTION}`, '', `${mdCode(dir)}: ${VERDICT_REASONS[report.verdict]} ${typeLine(report)}.`, ''];
  if (!report.monorepo) for (const unit of report.units) lines.push(...mdUnit(unit, '###'));
  else {
    lines.push('| App | Verdict |', '| --- | --- |', ...report.units.map((u) => `| ${mdCode(u.name)} | ${MD_VERDICT[u.verdict]} |`));
    for (const unit of report.units) lines.push('', `### ${mdCode(unit.name)}: ${MD_VERDICT[unit.verdict]}`, '', ...mdUnit(unit, '####'));
  }
  return `${lines.join('\n')}\n`;
}

/** The documented JSON schema (docs/audit.md): `verdict`, `apps`, `handlers`, `evidence`, `details`, `typeInformation`. */
export function formatJson(report: AuditReport, dir: string): string {
  const json = {
    verdict: report.verdict,
    directory: dir,
    question: AUDIT_QUESTION,
    typeInformation: { typedFiles: report.files.typed, untypedFiles: report.files.untyped },
    apps: report.units.map((u) => ({ app: u.name, verdict: u.verdict })),
    handlers: report.units.flatMap((u) =>
      u.handlers.map((h) => ({
        app: u.name,
        route: h.route,
        kind: h.kind,
        name: h.name,
        file: h.file,
        line: h.line,
        delivery: h.delivery,
        webhook: h.webhook,
        outcome: h.outcome,
        work: h.work.map((w) => ({
          outcome: w.outcome,
          channel: w.channel ?? null,
          label: w.label,
          chain: w.chain,
          line: w.line,
          inTransaction: w.inTransaction,
          via: w.via ?? null,
          event: w.event ?? null,
          text: describeWork(w),
        })),
      })),
    ),
    evidence: report.units.flatMap((u) => u.evidence.map((e) => ({ app: u.name, kind: e.kind, file: e.file, line: e.line, text: describeEvidence(e) }))),
    details: report.units.flatMap((u) =>
      u.failures.map((f) => ({
        app: u.name,
        kind: f.kind === 'finding' ? (f.work.outcome === 'drops' ? 'drops' : 'waits') : 'noDecoupling',
        file: f.kind === 'finding' ? f.handler.file : f.feature.file,
        line: f.kind === 'finding' ? f.work.line : f.feature.line,
        handler: f.kind === 'finding' ? f.handler.route : null,
        text: describeFailure(f),
      })),
    ),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
