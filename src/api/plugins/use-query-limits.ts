/**
 * Rejects documents that are too deep, too wide or too costly before they reach Neo4j
 * (graphql-armor): depth, aliases, static cost, repeated directives (validation rules,
 * all violations reported together with code QUERY_LIMIT) and lexical tokens (checked
 * while parsing, so a huge document is never fully parsed). Field suggestions ("Did you
 * mean …?") are removed in production so typos cannot map the schema when introspection
 * is off.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ApiError } from '../api-error';
import type { QueryLimits } from '../config';

export interface QueryLimitsOptions {
  limits: QueryLimits;
  blockFieldSuggestions: boolean;
}

/** Report instead of throw, so one response lists every limit the document breaks. */
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, '');
      const limitError = new ApiError('QUERY_LIMIT', message);
      if (context === null) throw limitError;
      context.reportError(limitError);
    },
  ],
};

export function useQueryLimits({ limits, blockFieldSuggestions }: QueryLimitsOptions): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.depth, exposeLimits: true, ignoreIntrospection: true, ...report },
    maxAliases: { n: limits.aliases, exposeLimits: true, ...report },
    costLimit: { maxCost: limits.cost, exposeLimits: true, ignoreIntrospection: true, ...report },
    maxDirectives: { n: 50, exposeLimits: true, ...report },
    maxTokens: { n: limits.tokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  });
  return armor.protect().plugins as Plugin[];
}
