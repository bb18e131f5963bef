import type { TSESLint } from '@typescript-eslint/utils';
import { applyDefault } from '@typescript-eslint/utils/eslint-utils';

import { createRule } from '../create-rule.js';
// The gate and the lazily loaded core, not analysis/index.ts: importing the rule stays light.
import { mightAnalyze } from '../analysis/gate.js';
import type { EndpointKind, Finding } from '../analysis/index.js';
import type { MovePlan } from '../fix/move-plan.js';
import { loadCore } from '../load-core.js';
import type { Options, ResolvedOptions } from '../options.js';
import { DEFAULT_OPTIONS, optionsSchema } from '../options.js';

export type { Options } from '../options.js';
export type MessageId = 'syncNotification' | 'floatingNotification' | 'useInngestSend' | 'useOneInngestEvent' | 'useAfter';

/**
 * The `{{context}}` sentence of a report: empty for an ordinary handler; for a delivery endpoint
 * or a webhook receiver, why it is reported all the same.
 */
const WEBHOOK_CONTEXT = ' This route receives webhooks: webhook senders time out and retry slow receivers, so acknowledge fast and do this work in a queue.';
const ENDPOINT_CONTEXT: Record<EndpointKind, Record<'syncNotification' | 'floatingNotification', string>> = {
  delivery: {
    syncNotification:
      " Here the delivery is the endpoint's action itself; it is still reported because a failed send fails the request and nothing retries it. Set ignoreDeliveryEndpoints to leave such endpoints unreported.",
    floatingNotification:
      " Here the delivery is the endpoint's action itself, but work left floating is lost either way: ignoreDeliveryEndpoints does not cover it.",
  },
  webhook: { syncNotification: WEBHOOK_CONTEXT, floatingNotification: WEBHOOK_CONTEXT },
};

const rule = createRule<Options, MessageId>({
  name: 'no-sync-notification-in-handler',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow creating or delivering notifications inline in Next.js handlers; hand them to a queue',
      recommended: true,
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    messages: {
      syncNotification:
        "{{handler}} waits for notification work before it responds: {{chain}} ({{work}}){{transaction}}. If that work fails or is slow, the user's action fails or waits with it; hand it to a queue (inngest.send) or run it after the response (after()).{{context}}",
      floatingNotification:
        '{{handler}} starts notification work and neither awaits nor hands it off: {{chain}} ({{work}}). A serverless function may freeze before it finishes; hand it to a queue (inngest.send) or wrap it in after().{{context}}',
      useInngestSend: "Send the Inngest event '{{eventName}}' instead, and do this work in an Inngest function.",
      useOneInngestEvent:
        "Send one Inngest event '{{eventName}}' for the {{count}} pieces of notification work in {{handler}} (the other calls are removed), and do them in one Inngest function.",
      useAfter: 'Run this work after the response with after() from next/server.',
    },
    schema: optionsSchema,
    defaultOptions: [DEFAULT_OPTIONS],
  },
  create(context, [merged]) {
    // RuleCreator has merged `meta.defaultOptions` into the user's object, so every key is set.
    return reportFindings(context, merged as ResolvedOptions, (file, options) => loadCore().analyzeFile(file, options));
  },
});

/**
 * Most files of a project are not handlers. They are turned away before RuleCreator merges the
 * default options, which structured-clones them for every file (about ten times the cost of the
 * gate itself). The files that pass share one merged object per distinct option text (ESLint
 * hands each file a fresh copy of the same options), so the merge runs once per configuration.
 */
const mergedOptions = new Map<string, ResolvedOptions>();
// ESLint merges `meta.defaultOptions` into each file's options itself: with no options configured, each
// file gets a fresh array around the same object (meta.defaultOptions[0]), which is the key here.
const mergedByObject = new WeakMap<object, ResolvedOptions>();
const analyzeWithCore = (
  file: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  options: ResolvedOptions,
): Finding[] => loadCore().analyzeFile(file, options);
rule.create = (context) => {
  if (!mightAnalyze(context)) return {};
  const { options } = context;
  // An ESLint that merges no defaults passes `[]` when the configuration gives no options.
  const given: readonly unknown[] = options;
  const key = given[0] ?? given;
  let merged = mergedByObject.get(key);
  if (!merged) {
    const text = JSON.stringify(options);
    merged = mergedOptions.get(text);
    if (!merged) {
      // A long-lived process may see many configurations (an editor): keep the cache bounded.
      if (mergedOptions.size >= 32) mergedOptions.clear();
      merged = applyDefault<Options, [ResolvedOptions]>([DEFAULT_OPTIONS], options)[0];
      mergedOptions.set(text, merged);
    }
    mergedByObject.set(key, merged);
  }
  return reportFindings(context, merged, analyzeWithCore);
};

export default rule;

/** At the end of the file, reports each finding of `analyze` (the sweep's internal rule passes its own). */
export function reportFindings(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  options: ResolvedOptions,
  analyze: (context: Readonly<TSESLint.RuleContext<MessageId, Options>>, options: ResolvedOptions) => Finding[],
): TSESLint.RuleListener {
  return {
    'Program:exit'() {
      const findings = analyze(context, options);
      // The plans of the file's findings (memoised): a finding's one-event suggestion needs its siblings'.
      const plans = loadCore().planFindings(context, findings, options);
      for (const finding of findings) report(context, finding, plans, options);
    },
  };
}

function report(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  finding: Finding,
  plans: ReadonlyMap<Finding, MovePlan>,
  options: ResolvedOptions,
): void {
  const { buildAfter, buildInngestSend, buildOneInngestEvent, describePath, findEventGroup, planMove } = loadCore();
  const plan = plans.get(finding) ?? planMove(context, finding, options);
  const inngest = buildInngestSend(context, plan, options);
  const after = buildAfter(context, finding);
  const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [
    { messageId: 'useInngestSend', data: { eventName: inngest.eventName }, fix: inngest.fix },
  ];
  const group = findEventGroup(plan, plans.values());
  if (group.length > 0) {
    const oneEvent = buildOneInngestEvent(context, group, options);
    suggest.push({
      messageId: 'useOneInngestEvent',
      data: { eventName: oneEvent.eventName, count: String(group.length), handler: finding.handler.name },
      fix: oneEvent.fix,
    });
  }
  if (after) suggest.push({ messageId: 'useAfter', fix: after });
  const messageId = finding.usage === 'awaited' ? 'syncNotification' : 'floatingNotification';
  context.report({
    node: finding.call.estree,
    messageId,
    data: {
      handler: finding.handler.name,
      chain: describePath(finding.path),
      work: `${finding.work.channel} via ${finding.work.label}`,
      transaction: finding.inTransaction ? ", inside the action's own transaction, where its failure rolls back the user's action" : '',
      context: finding.endpoint ? ENDPOINT_CONTEXT[finding.endpoint][messageId] : '',
    },
    suggest,
  });
}
