/**
 * YAML front matter: a block between a first line `---` and the next line
 * `---` (or `...`). It gives metadata and is always cut from the text, even
 * when its YAML is malformed; offsets downstream count from just after it.
 */
import { parseDocument } from 'yaml';
import type { IngestWarning } from '../model/source-document';
import type { DocumentMetadata } from './document-metadata';
import { readMetadataFields } from './document-metadata';

export interface FrontMatter {
  /** The text with the front matter block removed (unchanged when there is none). */
  text: string;
  metadata: Partial<DocumentMetadata>;
  warnings: IngestWarning[];
}

const OPENING_LINE = /^---[\t ]*\n/;

/** Expects normalised text (LF line endings, no BOM). */
export function extractFrontMatter(text: string): FrontMatter {
  const opening = OPENING_LINE.exec(text);
  if (!opening) return { text, metadata: {}, warnings: [] };
  const blockStart = opening[0].length;
  const closing = findClosingLine(text, blockStart);
  if (closing === null) {
    return {
      text,
      metadata: {},
      warnings: [
        {
          code: 'FRONT_MATTER_UNCLOSED',
          message:
            'the text starts with `---` but no closing `---` line follows, so it is kept as text; ' +
            'close the front matter with a line `---`, or start the text with something else',
        },
      ],
    };
  }
  const block = text.slice(blockStart, closing.start);
  const rest = text.slice(closing.end);
  return { text: rest, ...parseFrontMatterBlock(block) };
}

function findClosingLine(text: string, from: number): { start: number; end: number } | null {
  let lineStart = from;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line === '---' || line === '...') {
      return { start: lineStart, end: newline < 0 ? text.length : newline + 1 };
    }
    if (newline < 0) return null;
    lineStart = newline + 1;
  }
  return null;
}

function parseFrontMatterBlock(block: string): Omit<FrontMatter, 'text'> {
  if (block.trim() === '') return { metadata: {}, warnings: [] };
  const document = parseDocument(block, { prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    return invalid(`its YAML does not parse (${problem.message.split('\n')[0] ?? problem.code})`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return invalid(
      `its YAML cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid('it is not a mapping of `key: value` lines');
  }
  return readMetadataFields(value as Record<string, unknown>, 'front matter');
}

function invalid(reason: string): Omit<FrontMatter, 'text'> {
  return {
    metadata: {},
    warnings: [
      {
        code: 'FRONT_MATTER_INVALID',
        message: `front matter ignored: ${reason}; it was removed from the text, fix its YAML to use its metadata`,
      },
    ],
  };
}
