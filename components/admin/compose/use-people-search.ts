'use client';
import { useEffect, useState } from 'react';

export type FoundPerson = { id: string; name: string; email: string };
export type PeopleSearch =
  { state: 'idle' } | { state: 'searching' } | { state: 'failed' } | { state: 'found'; people: FoundPerson[] };

/**
 * Search as you type (200 ms after the last key). The answer shown is always the one for the text now in the field:
 * until it comes the search says it is searching (not "Nobody matches", nor the people of the text before), an older
 * answer arriving late is dropped, and a search that failed (offline, a session that ended) says so.
 */
export function usePeopleSearch(query: string, enabled: boolean): PeopleSearch {
  const q = query.trim();
  const [answer, setAnswer] = useState<{ q: string; people: FoundPerson[] | null } | null>(null);
  useEffect(() => {
    if (!enabled || !q) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/admin/users?q=${encodeURIComponent(q)}`, { signal: ctl.signal })
        .then(async (r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          const { users } = (await r.json()) as { users: FoundPerson[] };
          setAnswer({ q, people: users });
        })
        .catch(() => {
          if (!ctl.signal.aborted) setAnswer({ q, people: null });
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q, enabled]);
  if (!enabled || !q) return { state: 'idle' };
  if (answer?.q !== q) return { state: 'searching' };
  return answer.people ? { state: 'found', people: answer.people } : { state: 'failed' };
}
