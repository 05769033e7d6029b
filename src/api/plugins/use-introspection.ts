/**
 * Turns schema introspection off when configured (the default in production): a document
 * asking for `__schema` or `__type` fails validation with a clear message. `__typename`
 * stays available, as clients need it.
 */
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useIntrospection({ enabled }: { enabled: boolean }): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
