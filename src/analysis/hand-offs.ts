import { CONTEXT_HAND_OFF_METHODS, HAND_OFF_CLIENTS, HAND_OFF_HELPER_NAME } from './catalogue.js';
import type { ClassifyEnv } from './notification-work.js';
import { matchClient, userSpecifiers } from './notification-work.js';
import { calleeMatchesSpecifiers, chainNames, matchesDottedName } from './match-client.js';
import type { CallSummary, HandOff } from './model.js';

/** Whether a call hands work off: queues, `after()`, `waitUntil()`, and the `queueFunctions` option. */
export function findHandOff(call: CallSummary, env: ClassifyEnv): HandOff | undefined {
  const { strings, specifiers } = userSpecifiers(env.options.queueFunctions);
  const userNamed = strings.find((dotted) => matchesDottedName(call, dotted));
  if (userNamed) return { label: userNamed };
  if (calleeMatchesSpecifiers(call, specifiers, env.tools)) return { label: call.text };
  const entry = matchClient(call, HAND_OFF_CLIENTS, env);
  if (entry) return { label: entry.label };
  // `ctx.waitUntil(p)`, `event.waitUntil(p)`: a request context's method, whatever its type.
  const names = chainNames(call);
  const contextLabel = names.length > 1 && call.chain.at(-1)?.kind === 'call' ? CONTEXT_HAND_OFF_METHODS.get(names.at(-1) ?? '') : undefined;
  return contextLabel === undefined ? undefined : { label: contextLabel };
}

/** Without types: an imported helper whose name says it only hands off. */
export function isHandOffHelperName(name: string): boolean {
  return HAND_OFF_HELPER_NAME.test(name);
}
