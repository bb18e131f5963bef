import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import { createRule } from '../create-rule.js';
// Straight from its module, not analysis/index.ts: importing the plugin stays light (no TypeScript).
import { findOrphanEvents, mightSendEvents } from '../analysis/inngest-events.js';

/** The rule's single option object, as written in a config. */
export interface OrphanEventOptions {
  handledElsewhere?: string[];
}

export type Options = [OrphanEventOptions];
export type MessageId = 'orphanEvent';

const optionsSchema: JSONSchema4[] = [
  {
    type: 'object',
    description: 'Options of no-orphan-event.',
    properties: {
      handledElsewhere: {
        type: 'array',
        description:
          "Event names consumed outside this program (another service, another repository), with `*` wildcards as in Inngest triggers: 'billing/*', 'audit/user.deleted'.",
        items: { type: 'string', minLength: 1, description: 'An event name or a pattern with `*` wildcards.' },
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
];

const rule = createRule<Options, MessageId>({
  name: 'no-orphan-event',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending an Inngest event that no Inngest function of the program is triggered by',
      recommended: true,
      requiresTypeChecking: true,
    },
    messages: {
      orphanEvent:
        "No Inngest function is triggered by the event '{{eventName}}', so the work it stands for never runs. Write a function with `triggers: [{ event: '{{eventName}}' }]` (`npx async-notifications migrate` writes one for a moved notification), correct the name if it is a typo, or list it in this rule's `handledElsewhere` option if another service consumes it.",
    },
    schema: optionsSchema,
    defaultOptions: [{ handledElsewhere: [] }],
  },
  create(context, [options]) {
    return {
      Program() {
        for (const event of findOrphanEvents(context, options.handledElsewhere ?? [])) {
          context.report({ ...(event.node ? { node: event.node } : { loc: event.loc }), messageId: 'orphanEvent', data: { eventName: event.name } });
        }
      },
    };
  },
});

const createWithOptions = rule.create.bind(rule);
/**
 * Most files send no event. They are turned away on their text, before typescript-eslint's
 * RuleCreator merges the default options and before any parser service is read. The rule object
 * itself is kept (not spread into a copy) so that eslint-plugin-eslint-plugin recognises it.
 */
rule.create = (context) => (mightSendEvents(context.sourceCode.text) ? createWithOptions(context) : {});

export default rule;

