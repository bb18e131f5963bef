import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import { applyDefault } from '@typescript-eslint/utils/eslint-utils';
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
  ignoreDeliveryEndpoints?: boolean;
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
  ignoreDeliveryEndpoints: boolean;
}

/** The defaults SPEC names: the rule's `meta.defaultOptions`, the one source of them. */
export const DEFAULT_OPTIONS: ResolvedOptions = {
  inngestClient: { name: 'inngest', from: '@/lib/inngest' },
  notificationFunctions: [],
  queueFunctions: [],
  workerPaths: [],
  maxDepth: 4,
  eventPrefix: 'notification/',
  ignoreDeliveryEndpoints: false,
};

const specifierNames: JSONSchema4 = {
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true }],
};

/**
 * The object forms of `@typescript-eslint/type-utils`' `typeOrValueSpecifiersSchema`, written out
 * here because importing type-utils loads TypeScript, and the plugin's import must stay light
 * (the schema is read when a config is loaded, before any file is linted).
 * tests/integration/lazy-load.test.ts holds them equal to type-utils' own.
 */
export const SPECIFIER_OBJECT_SCHEMAS: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: { from: { type: 'string', enum: ['file'] }, name: specifierNames, path: { type: 'string' } },
    required: ['from', 'name'],
  },
  {
    type: 'object',
    additionalProperties: false,
    properties: { from: { type: 'string', enum: ['lib'] }, name: specifierNames },
    required: ['from', 'name'],
  },
  {
    type: 'object',
    additionalProperties: false,
    properties: { from: { type: 'string', enum: ['package'] }, name: specifierNames, package: { type: 'string' } },
    required: ['from', 'name', 'package'],
  },
];

/**
 * typescript-eslint's specifier list, with one tightening: a dotted name may not be empty (it would
 * match no call, so it is a mistake worth an error message).
 */
const functionSpecifiersSchema: JSONSchema4 = {
  type: 'array',
  items: {
    oneOf: [
      { type: 'string', minLength: 1, description: 'A function or method name, dotted for members ("mailer.deliver").' },
      ...SPECIFIER_OBJECT_SCHEMAS,
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
      ignoreDeliveryEndpoints: {
        type: 'boolean',
        description:
          'Leave unreported the awaited delivery of an endpoint whose action is the delivery itself (a contact form, an OTP mail, "resend invitation", a user-composed email, an admin broadcast); work it neither awaits nor hands off is still reported. Default false.',
      },
    },
  },
];

/**
 * The options as the rule sees them, for callers outside ESLint's rule machinery (the commands read
 * a project's raw options): the same merge of `DEFAULT_OPTIONS` that RuleCreator applies to the rule.
 */
export function resolveOptions(options: RuleOptions | undefined): ResolvedOptions {
  return applyDefault<Options, [ResolvedOptions]>([DEFAULT_OPTIONS], [options ?? {}])[0];
}
