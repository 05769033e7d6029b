/**
 * The one path every input takes to become a SourceDocument, whatever it
 * came from (file, stdin, a JSON Lines record): decode → (HTML → text) →
 * normalise → front matter → dateline → identity. Pure: no I/O.
 *
 * Where metadata comes from, first found wins: the container's own metadata
 * (a JSON Lines record's fields, an HTML page's head), then front matter,
 * then the dateline, then `defaults`; language falls back to "en".
 */
import type { IngestWarning, SourceDocument } from '../model/source-document';
import { parseDateline } from './dateline';
import { assertNotBlank, decodeBytes } from './decode-bytes';
import { identifyDocument } from './document-id';
import type { DocumentMetadata } from './document-metadata';
import { DEFAULT_LANGUAGE, mergeMetadata } from './document-metadata';
import { extractFrontMatter } from './front-matter';
import { htmlToText } from './html';
import { normaliseText } from './normalise-text';

/** Formats of a single document (JSON Lines holds many; see `readJsonLines`). */
export type DocumentFormat = 'text' | 'markdown' | 'html';

export interface ToSourceDocumentOptions {
  /** Path or `file.jsonl:N` it came from; null for stdin. */
  source: string | null;
  format: DocumentFormat;
  /** Metadata its container gives (a JSON Lines record's fields); wins over everything in the text. */
  metadata?: Partial<DocumentMetadata>;
  /** Fallbacks for fields nothing else gives (e.g. from the command line). */
  defaults?: Partial<DocumentMetadata>;
  /** Warnings already found about this input (e.g. when it was decoded). */
  warnings?: readonly IngestWarning[];
}

/**
 * Throws IngestError only: BINARY_INPUT (bytes that are not text) and
 * EMPTY_DOCUMENT (nothing but whitespace, or only front matter).
 */
export function toSourceDocument(
  raw: string | Uint8Array,
  options: ToSourceDocumentOptions,
): SourceDocument {
  const warnings: IngestWarning[] = [...(options.warnings ?? [])];
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    const decoded = decodeBytes(raw, options.source);
    text = decoded.text;
    warnings.push(...decoded.warnings);
  }

  let metadata: Partial<DocumentMetadata> = { ...options.metadata };
  text = normaliseText(text);
  if (options.format === 'html') {
    const html = htmlToText(text);
    text = normaliseText(html.text);
    metadata = mergeMetadata(metadata, html.metadata);
    warnings.push(...html.warnings);
  } else {
    const frontMatter = extractFrontMatter(text);
    text = frontMatter.text;
    metadata = mergeMetadata(metadata, frontMatter.metadata);
    warnings.push(...frontMatter.warnings);
  }
  assertNotBlank(text, options.source);

  if (metadata.publisher == null || metadata.place == null || metadata.publishedAt == null) {
    const dateline = parseDateline(text);
    if (dateline) {
      if (metadata.publishedAt == null) warnings.push(...dateline.warnings);
      metadata = mergeMetadata(metadata, {
        publisher: dateline.publisher,
        place: dateline.place,
        publishedAt: dateline.publishedAt,
      });
    }
  }
  metadata = mergeMetadata(metadata, options.defaults ?? {});

  return {
    ...identifyDocument(text),
    source: options.source,
    text,
    title: metadata.title ?? null,
    url: metadata.url ?? null,
    publisher: metadata.publisher ?? null,
    place: metadata.place ?? null,
    publishedAt: metadata.publishedAt ?? null,
    language: metadata.language ?? DEFAULT_LANGUAGE,
    warnings,
  };
}
