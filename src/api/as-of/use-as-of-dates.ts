/**
 * Refuses a request whose `asOf` is not a calendar date `YYYY-MM-DD` before it runs, with a
 * BAD_USER_INPUT error naming the field and the value (./as-of-date.ts says why the Date
 * scalar alone is too lenient). Literals and variables alike: variables are checked as sent,
 * before graphql-js hands them to the scalar.
 */
import { Kind, visit, type ArgumentNode, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ApiError } from '../api-error';
import { asOfDateProblem } from './as-of-date';
import { AS_OF } from './as-of-rules';

interface Use {
  argument: ArgumentNode;
  field: string;
}

const uses = new WeakMap<DocumentNode, Use[]>();

function asOfArguments(document: DocumentNode): Use[] {
  let found = uses.get(document);
  if (found === undefined) {
    const list: Use[] = [];
    visit(document, {
      Field(node) {
        const argument = node.arguments?.find((a) => a.name.value === AS_OF);
        if (argument !== undefined) list.push({ argument, field: node.name.value });
      },
    });
    uses.set(document, list);
    found = list;
  }
  return found;
}

/** The errors of a document's asOf values (literals, and variables as sent); [] when all are dates. */
export function asOfErrors(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): ApiError[] {
  const errors: ApiError[] = [];
  for (const { argument, field } of asOfArguments(document)) {
    const { value } = argument;
    const sent =
      value.kind === Kind.STRING
        ? value.value
        : value.kind === Kind.VARIABLE
          ? variables[value.name.value]
          : value.kind === Kind.NULL
            ? null
            : Symbol.for('not a string');
    const problem =
      typeof sent === 'symbol' ? 'expected a date string "YYYY-MM-DD"' : asOfDateProblem(sent);
    if (problem !== null)
      errors.push(
        new ApiError('BAD_USER_INPUT', `${field}(asOf): ${problem}.`, { nodes: argument }),
      );
  }
  return errors;
}

export function useAsOfDates(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { document, variableValues } = args as ExecutionArgs;
      const errors = asOfErrors(document, variableValues ?? {});
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
