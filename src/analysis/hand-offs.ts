import { HAND_OFF_CLIENTS } from './catalogue.js';
import type { ClassifyEnv } from './notification-work.js';
import { matchClient, userSpecifiers } from './notification-work.js';
import { calleeMatchesSpecifiers, chainNames, matchesDottedName } from './match-client.js';
import type { CallSummary, HandOff } from './model.js';

/** Names that say "this helper only enqueues": trusted without types, never with them. */
// `dispatch`, `emit` and `trigger` are left out: `triggerEmail` sends as often as it enqueues.
const HAND_OFF_HELPER_NAME = /^(queue|enqueue|schedule|defer|publish)[A-Z_]|^(queue|enqueue|schedule|defer)$/;

/** Whether a call hands work off: queues, `after()`, `waitUntil()`, and the `queueFunctions` option. */
export function findHandOff(call: CallSummary, env: ClassifyEnv): HandOff | undefined {
  const { strings, specifiers } = userSpecifiers(env.options.queueFunctions);
  const userNamed = strings.find((dotted) => matchesDottedName(call, dotted));
  if (userNamed) return { label: userNamed };
  if (calleeMatchesSpecifiers(call, specifiers, env.tools)) return { label: call.text };
  const entry = matchClient(call, HAND_OFF_CLIENTS, env);
  if (entry) return { label: entry.label };
  // `ctx.waitUntil(p)`, `event.waitUntil(p)`: a request context's waitUntil, whatever its type.
  const names = chainNames(call);
  if (names.length > 1 && names.at(-1) === 'waitUntil' && call.chain.at(-1)?.kind === 'call') return { label: 'waitUntil()' };
  return undefined;
}

/** Without types: an imported helper whose name says it only hands off. */
export function isHandOffHelperName(name: string): boolean {
  return HAND_OFF_HELPER_NAME.test(name);
}
