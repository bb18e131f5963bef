import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import { typeOrValueSpecifiersSchema } from '@typescript-eslint/type-utils';
import { ESLintUtils } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** A callee named by the user: a dotted name (`"mailer.deliver"`) or a typescript-eslint specifier. */
export type FunctionSpecifier = string | TypeOrValueSpecifier;

/** The rule's single option object, as written in a config. */
export interface RuleOptions {
  inngestClient?: { name?: string; from?: string };
  notificationFunctions?: FunctionSpecifier[];
  queueFunctions?: FunctionSpecifier[];
  workerPaths?: string[];
  maxDepth?: number;
  eventPrefix?: string;
}

export type Options = [RuleOptions];

/** The same options with every default filled in. */
export interface ResolvedOptions {
  inngestClient: { name: string; from: string };
  notificationFunctions: FunctionSpecifier[];
  queueFunctions: FunctionSpecifier[];
  workerPaths: string[];
  maxDepth: number;
  eventPrefix: string;
}

/** The defaults SPEC names: the rule's `meta.defaultOptions`, the one source of them. */
export const DEFAULT_OPTIONS: ResolvedOptions = {
  inngestClient: { name: 'inngest', from: '@/lib/inngest' },
  notificationFunctions: [],
  queueFunctions: [],
  workerPaths: [],
  maxDepth: 4,
  eventPrefix: 'notification/',
};

/**
 * typescript-eslint's specifier list, with one tightening: a dotted name may not be empty (it would
 * match no call, so it is a mistake worth an error message).
 */
const functionSpecifiersSchema: JSONSchema4 = {
  type: 'array',
  items: {
    oneOf: [
      { type: 'string', minLength: 1, description: 'A function or method name, dotted for members ("mailer.deliver").' },
      ...typeOrValueSpecifiersSchema.items.oneOf.slice(1),
    ],
  },
};

export const optionsSchema: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      inngestClient: {
        type: 'object',
        description: 'The Inngest client that the useInngestSend suggestion imports.',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$',
            description: 'The exported name of the client (an identifier). Default "inngest".',
          },
          from: {
            type: 'string',
            minLength: 1,
            description: 'The module that exports the client. Default "@/lib/inngest".',
          },
        },
      },
      notificationFunctions: {
        ...functionSpecifiersSchema,
        description: 'Extra callees that count as notification work.',
      },
      queueFunctions: {
        ...functionSpecifiersSchema,
        description: 'Extra callees that count as handing work off to a queue.',
      },
      workerPaths: {
        type: 'array',
        description:
          'Globs (matched against the file path, "/" separated) of route files that are workers, not user actions.',
        items: { type: 'string', minLength: 1 },
      },
      maxDepth: {
        type: 'integer',
        minimum: 0,
        maximum: 20,
        description: 'How many calls deep the rule follows helpers from a handler. Default 4.',
      },
      eventPrefix: {
        type: 'string',
        description: 'The prefix of the event names that the useInngestSend suggestion derives. Default "notification/".',
      },
    },
  },
];

/**
 * The options as the rule sees them, for callers outside ESLint's rule machinery (the commands read
 * a project's raw options): the same merge of `DEFAULT_OPTIONS` that RuleCreator applies to the rule.
 */
export function resolveOptions(options: RuleOptions | undefined): ResolvedOptions {
  return ESLintUtils.applyDefault<Options, [ResolvedOptions]>([DEFAULT_OPTIONS], [options ?? {}])[0];
}
