/**
 * The metadata fields a document can carry, and how loosely typed values
 * (YAML front matter, a JSON Lines record) become them. A value of the wrong
 * type is dropped with a METADATA_INVALID warning, never fatal.
 */
import type { IsoDate } from '../model/document-graph';
import type { IngestWarning } from '../model/source-document';
import { toIsoDate } from './written-date';

export interface DocumentMetadata {
  title: string | null;
  url: string | null;
  publisher: string | null;
  place: string | null;
  publishedAt: IsoDate | null;
  language: string | null;
}

export const METADATA_FIELDS = [
  'title',
  'url',
  'publisher',
  'place',
  'publishedAt',
  'language',
] as const satisfies readonly (keyof DocumentMetadata)[];

export const DEFAULT_LANGUAGE = 'en';

export interface ReadMetadata {
  metadata: Partial<DocumentMetadata>;
  warnings: IngestWarning[];
}

/**
 * Picks the metadata fields out of a parsed record. `origin` names where
 * the record came from in warnings ("front matter", "JSON Lines record").
 * Missing, null and blank values are left out; other keys are ignored.
 */
export function readMetadataFields(record: Record<string, unknown>, origin: string): ReadMetadata {
  const metadata: Partial<DocumentMetadata> = {};
  const warnings: IngestWarning[] = [];
  for (const field of METADATA_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    const text = field === 'publishedAt' ? readDate(value) : readText(value);
    if (text === undefined) {
      warnings.push({
        code: 'METADATA_INVALID',
        message:
          `${origin}: ${field} ${describe(value)} is not ` +
          (field === 'publishedAt'
            ? 'a date; write it as YYYY-MM-DD'
            : 'text; write it as a string') +
          ' (the field is ignored)',
      });
      continue;
    }
    if (text === '') continue;
    metadata[field] = field === 'language' ? primaryLanguage(text) : text;
  }
  return { metadata, warnings };
}

/** Fields of `preferred` that are set win over those of `fallback`. */
export function mergeMetadata(
  preferred: Partial<DocumentMetadata>,
  fallback: Partial<DocumentMetadata>,
): Partial<DocumentMetadata> {
  const merged: Partial<DocumentMetadata> = { ...fallback };
  for (const field of METADATA_FIELDS) {
    const value = preferred[field];
    if (value != null) merged[field] = value;
  }
  return merged;
}

/** "en-GB" → "en": the graph keys documents by language, not by regional variant. */
function primaryLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? tag).toLowerCase();
}

function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readDate(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() === '') return '';
  return toIsoDate(value) ?? undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return '(an invalid date)';
  if (Array.isArray(value)) return '(a list)';
  return `(${typeof value})`;
}
