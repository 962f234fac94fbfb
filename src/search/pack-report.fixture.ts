/** A user's pack report about something else entirely (a ferry inquiry), for the search tests. */
import type { Report } from '../corpus/schema.ts';

export const packReport = (id: string, body: string): Report => ({
  id,
  headline: 'Ferry inquiry opens',
  outlet: 'Gazette',
  url: '',
  published: '2026-10-01',
  author: '',
  language: 'en',
  body,
  provenance: { source: `${id}.json`, ingestedAt: '2026-10-01' },
});
