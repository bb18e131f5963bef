import type { FileAuditFacts, HandlerFact, HandlerWorkFact, WorkerFact } from './audit-facts.js';
import type { Channel, HandlerKind } from './model.js';
import type { ProjectFileFacts } from './project-files.js';

/**
 * The audit's verdict over the facts of a code base: `fail` when a handler waits for or drops
 * notification work (a delivery endpoint only when it drops it), `pass` when none does and a
 * decoupled implementation exists, `n/a` when there is no notification feature at all.
 */
export type Verdict = 'pass' | 'fail' | 'n/a';

/** What a handler does with notification work, all told: the worst of its pieces. */
export type HandlerOutcome = 'waits' | 'drops' | 'handsOff' | 'none';

/** A handler as the report lists it (paths relative to the audited directory). */
export interface HandlerReport {
  route: string;
  kind: HandlerKind;
  name: string;
  file: string;
  line: number;
  delivery: boolean;
  /** A third-party webhook receiver: a handler all the same, whose sender retries a slow answer. */
  webhook: boolean;
  outcome: HandlerOutcome;
  /** Its notification work; hand-offs of work that is not notification work are left out. */
  work: HandlerWorkFact[];
}

/** The kinds of evidence: decoupled implementations, and the notification feature itself. */
export type EvidenceKind = 'hand-off' | 'queue worker' | 'database trigger' | 'notification model';

/** One piece of evidence, at its file and line. */
export interface Evidence {
  kind: EvidenceKind;
  file: string;
  line: number;
  /** Structured facts, for the formats to phrase. */
  subject: string;
  via?: string;
  event?: string;
  channel?: Channel;
  chain?: string;
  detail?: string;
}

/** Why the audit fails: one per finding, or the lack of any decoupled implementation. */
export type Failure =
  | { kind: 'finding'; handler: HandlerReport; work: HandlerWorkFact }
  | { kind: 'noDecoupling'; feature: FeatureSite };

/** Where the notification feature shows: a model or table, or a call that does notification work. */
export interface FeatureSite {
  file: string;
  line: number;
  /** `Prisma model Notification`, or the call's text (`db.notification.create`). */
  subject: string;
  channel?: Channel;
}

/** The verdict of one app (or of the whole directory outside a monorepo). */
export interface UnitReport {
  /** The app's folder relative to the audited directory (`.` for the directory itself). */
  name: string;
  verdict: Verdict;
  handlers: HandlerReport[];
  evidence: Evidence[];
  failures: Failure[];
  /** Delivery endpoints that wait for their own delivery: listed, not failed. */
  deliveries: HandlerReport[];
}

/** The whole audit: one unit outside a monorepo, one per app in one. */
export interface AuditReport {
  verdict: Verdict;
  monorepo: boolean;
  units: UnitReport[];
  /** Linted files with and without type information. */
  files: { typed: number; untyped: number };
}

const OUTCOME_RANK: Record<HandlerOutcome, number> = { waits: 3, drops: 2, handsOff: 1, none: 0 };

function relative(root: string, file: string): string {
  const normalized = file.replace(/\\/g, '/');
  const base = root.replace(/\\/g, '/').replace(/\/$/, '');
  return normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
}

/** The deepest app that holds a file, or undefined (shared code). */
function appOf(file: string, apps: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const app of apps) {
    if (app === '.' || file.startsWith(`${app}/`)) if (best === undefined || best === '.' || app.length > best.length) best = app;
  }
  return best;
}

/** Events an Inngest function that does notification work is triggered by: sending them hands notification work off. */
function notifyingEvents(workers: readonly WorkerFact[]): Set<string> {
  return new Set(workers.filter((w) => w.work).flatMap((w) => w.events));
}

function countsAsNotificationHandOff(work: { namesNotification?: boolean; event?: string }, events: Set<string>): boolean {
  return work.namesNotification === true || (work.event !== undefined && events.has(work.event));
}

function outcomeOf(work: readonly HandlerWorkFact[]): HandlerOutcome {
  let outcome: HandlerOutcome = 'none';
  for (const piece of work) if (OUTCOME_RANK[piece.outcome] > OUTCOME_RANK[outcome]) outcome = piece.outcome;
  return outcome;
}

interface UnitInput {
  name: string;
  files: FileAuditFacts[];
  project: ProjectFileFacts;
}

/**
 * The verdict of one unit: its handlers, evidence and failures. `shared` is the evidence of code
 * outside every app (a jobs package, a database package's migrations): it decouples an app that
 * has notifications of its own, and never makes an app without them applicable.
 */
function decideUnit(root: string, unit: UnitInput, events: Set<string>, shared: readonly Evidence[] = []): UnitReport {
  const handlers: HandlerReport[] = [];
  const evidence: Evidence[] = [];
  const failures: Failure[] = [];
  const deliveries: HandlerReport[] = [];
  const models: Evidence[] = [];
  const workSites: FeatureSite[] = [];
  for (const file of unit.files) {
    const name = relative(root, file.file);
    for (const handler of file.handlers) handlers.push(reportHandler(name, handler, events));
    for (const worker of file.workers) {
      if (!worker.work) continue;
      evidence.push({
        kind: 'queue worker',
        file: name,
        line: worker.work.line,
        subject: `${worker.kind} ${worker.name}`,
        channel: worker.work.channel,
        chain: worker.work.chain,
        ...(worker.events.length > 0 ? { detail: `triggered by ${worker.events.join(', ')}` } : {}),
      });
    }
    for (const site of file.handOffSites) {
      if (!countsAsNotificationHandOff(site, events)) continue;
      evidence.push({ kind: 'hand-off', file: name, line: site.line, subject: site.inFunction ?? site.text, via: site.label, chain: site.text, ...(site.event ? { event: site.event } : {}), ...(site.channel ? { channel: site.channel } : {}) });
    }
    for (const model of file.models) models.push({ kind: 'notification model', file: name, line: model.line, subject: `${model.kind} ${model.name}` });
    for (const site of file.workSites) workSites.push({ file: name, line: site.line, subject: site.text, ...(site.channel ? { channel: site.channel } : {}) });
  }
  for (const handler of handlers) {
    for (const work of handler.work) {
      if (work.outcome === 'handsOff') {
        evidence.push({
          kind: 'hand-off',
          file: handler.file,
          line: work.line,
          subject: handler.route,
          via: work.via ?? work.label,
          chain: work.chain,
          ...(work.event ? { event: work.event } : {}),
          ...(work.channel ? { channel: work.channel } : {}),
        });
      } else if (work.outcome === 'drops' || !handler.delivery) {
        failures.push({ kind: 'finding', handler, work });
      }
    }
    if (handler.delivery && handler.work.some((w) => w.outcome === 'waits')) deliveries.push(handler);
  }
  for (const trigger of unit.project.triggers) {
    evidence.push({
      kind: 'database trigger',
      file: trigger.file,
      line: trigger.line,
      subject: `trigger ${trigger.name} on ${trigger.table}`,
      detail: trigger.reason,
      ...(trigger.function ? { via: `${trigger.function}()` } : {}),
    });
  }
  for (const m of unit.project.models) models.push({ kind: 'notification model', file: m.file, line: m.line, subject: `${m.kind} ${m.name}` });
  // A delivery endpoint's own delivery is not a notification feature (a contact form alone is n/a).
  const hasFeature = models.length > 0 || workSites.length > 0 || evidence.length > 0 || failures.length > 0;
  if (hasFeature) for (const item of shared) evidence.push(item);
  evidence.sort(byLocation);
  models.sort(byLocation);
  handlers.sort((a, b) => byLocation(a, b));
  const model = models[0];
  const feature: FeatureSite | undefined = model ? { file: model.file, line: model.line, subject: model.subject } : [...workSites].sort(byLocation)[0];
  let verdict: Verdict;
  if (failures.length > 0) verdict = 'fail';
  else if (evidence.length > 0) verdict = 'pass';
  else if (feature) {
    // A notification feature with nothing that decouples it: the audit cannot pass it.
    verdict = 'fail';
    failures.push({ kind: 'noDecoupling', feature });
  } else verdict = 'n/a';
  return { name: unit.name, verdict, handlers, evidence: [...evidence, ...models], failures, deliveries };
}

function byLocation(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

function reportHandler(file: string, handler: HandlerFact, events: Set<string>): HandlerReport {
  const work = handler.work.filter((w) => w.outcome !== 'handsOff' || countsAsNotificationHandOff(w, events));
  return { route: handler.route, kind: handler.kind, name: handler.name, file, line: handler.line, delivery: handler.delivery, webhook: handler.webhook, outcome: outcomeOf(work), work };
}

function overall(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('pass') ? 'pass' : 'n/a';
}

/**
 * Builds the audit over the linted files' facts and the schema/migration facts, relative to
 * `root`. With apps (a monorepo) each app gets a verdict (code outside every app lends its
 * evidence to them), and the overall verdict is fail if any fails, pass if any passes, else n/a.
 * An Inngest event counts as notification work when any function that does notification work,
 * anywhere in the code base, is triggered by it.
 */
export function buildAuditReport(root: string, apps: readonly string[], files: readonly FileAuditFacts[], project: ProjectFileFacts): AuditReport {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const events = notifyingEvents(sorted.flatMap((f) => f.workers));
  const typed = sorted.filter((f) => f.typed).length;
  const monorepo = apps.length > 0 && !(apps.length === 1 && apps[0] === '.');
  if (!monorepo) {
    const unit = decideUnit(root, { name: '.', files: sorted, project }, events);
    return { verdict: unit.verdict, monorepo, units: [unit], files: { typed, untyped: sorted.length - typed } };
  }
  const SHARED = '';
  const inputs = new Map<string, UnitInput>();
  const inputOf = (name: string): UnitInput => {
    let input = inputs.get(name);
    if (!input) inputs.set(name, (input = { name, files: [], project: { models: [], triggers: [] } }));
    return input;
  };
  for (const file of sorted) inputOf(appOf(relative(root, file.file), apps) ?? SHARED).files.push(file);
  for (const model of project.models) inputOf(appOf(model.file, apps) ?? SHARED).project.models.push(model);
  for (const trigger of project.triggers) inputOf(appOf(trigger.file, apps) ?? SHARED).project.triggers.push(trigger);
  // Code outside the apps has no verdict of its own: what decouples there decouples the apps that use it.
  const shared = decideUnit(root, inputOf(SHARED), events).evidence.filter((e) => e.kind !== 'notification model');
  const units = apps.map((app) => decideUnit(root, inputOf(app), events, shared));
  return { verdict: overall(units.map((u) => u.verdict)), monorepo, units, files: { typed, untyped: sorted.length - typed } };
}
