import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
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

export const DEFAULT_OPTIONS: ResolvedOptions = {
  inngestClient: { name: 'inngest', from: '@/lib/inngest' },
  notificationFunctions: [],
  queueFunctions: [],
  workerPaths: [],
  maxDepth: 4,
  eventPrefix: 'notification/',
};

const specifierNameSchema: JSONSchema4 = {
  oneOf: [
    { type: 'string' },
    { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  ],
};

const functionSpecifierSchema: JSONSchema4 = {
  oneOf: [
    { type: 'string', minLength: 1, description: 'A function or method name, dotted for members ("mailer.deliver").' },
    {
      type: 'object',
      description: 'A function declared in a file of the project.',
      properties: {
        from: { type: 'string', enum: ['file'] },
        name: specifierNameSchema,
        path: { type: 'string' },
      },
      required: ['from', 'name'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'A function declared by an npm package (matched by its declared type).',
      properties: {
        from: { type: 'string', enum: ['package'] },
        name: specifierNameSchema,
        package: { type: 'string', minLength: 1 },
      },
      required: ['from', 'name', 'package'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'A function declared by TypeScript\'s lib files.',
      properties: {
        from: { type: 'string', enum: ['lib'] },
        name: specifierNameSchema,
      },
      required: ['from', 'name'],
      additionalProperties: false,
    },
  ],
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
        type: 'array',
        description: 'Extra callees that count as notification work.',
        items: functionSpecifierSchema,
      },
      queueFunctions: {
        type: 'array',
        description: 'Extra callees that count as handing work off to a queue.',
        items: functionSpecifierSchema,
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

/** Fills in defaults; the schema has already rejected malformed values. */
export function resolveOptions(options: RuleOptions | undefined): ResolvedOptions {
  const given = options ?? {};
  return {
    inngestClient: { ...DEFAULT_OPTIONS.inngestClient, ...given.inngestClient },
    notificationFunctions: given.notificationFunctions ?? [],
    queueFunctions: given.queueFunctions ?? [],
    workerPaths: given.workerPaths ?? [],
    maxDepth: given.maxDepth ?? DEFAULT_OPTIONS.maxDepth,
    eventPrefix: given.eventPrefix ?? DEFAULT_OPTIONS.eventPrefix,
  };
}
