/**
 * The review layer's GraphQL types (./review.graphql), appended to schema.graphql by
 * src/api/schema.ts. Read from the source tree (as schema.graphql is), so `dist/` needs no copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../neo4j/config';

export const REVIEW_SCHEMA_FILE = path.join(
  projectRoot(),
  'src',
  'api',
  'review',
  'review.graphql',
);

export function readReviewTypeDefs(): string {
  return fs.readFileSync(REVIEW_SCHEMA_FILE, 'utf8');
}
