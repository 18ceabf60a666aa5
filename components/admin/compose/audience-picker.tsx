'use client';
import { useId, useState } from 'react';
import { format } from '@/lib/i18n/locales';
import type { AudienceKind, Draft, PickedUser } from './draft';
import { usePeopleSearch, type FoundPerson } from './use-people-search';

type Labels = Record<
  | 'legend'
  | 'users'
  | 'role'
  | 'topic'
  | 'everyone'
  | 'search'
  | 'chosen'
  | 'remove'
  | 'add'
  | 'noUser'
  | 'searching'
  | 'searchFailed'
  | 'roleCitizen'
  | 'roleAdmin'
  | 'fieldRole'
  | 'fieldTopic'
  | 'ruleEveryone'
  | 'ruleRole'
  | 'ruleTopic'
  | 'ruleUsers',
  string
>;
type Props = {
  draft: Draft;
  topics: { slug: string; name: string }[];
  labels: Labels;
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<Draft>) => void;
};
const KINDS: AudienceKind[] = ['everyone', 'role', 'topic', 'users'];

export function AudiencePicker({ draft, topics, labels, errors, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query, draft.audienceKind === 'users');

  const add = (u: FoundPerson) => {
    if (!draft.users.some((p) => p.id === u.id))
      onChange({ users: [...draft.users, { id: u.id, label: `${u.name} <${u.email}>` }] });
    setQuery('');
  };
  const remove = (u: PickedUser) => onChange({ users: draft.users.filter((p) => p.id !== u.id) });
  const kindLabel = { everyone: labels.everyone, role: labels.role, topic: labels.topic, users: labels.users };
  // Each choice says exactly who it reaches: the audience alone decides, the message's topic never narrows it.
  const rule = {
    everyone: labels.ruleEveryone,
    role: labels.ruleRole,
    topic: labels.ruleTopic,
    users: labels.ruleUsers,
  };
  const usersError = errors['audience.users'] ?? errors.audience;
  // Nothing is preselected: sending without a choice is refused and said here.
  const kindError = draft.audienceKind ? undefined : errors.audience;

  return (
    <fieldset aria-describedby={`${id}-kind-err`}>
      <legend>{labels.legend}</legend>
      {KINDS.map((k) => (
        <div key={k} className="choice audience-choice">
          <input
            type="radio"
            id={`${id}-kind-${k}`}
            name="audienceKind"
            value={k}
            checked={draft.audienceKind === k}
            aria-invalid={!!kindError}
            aria-describedby={`${id}-rule-${k}`}
            onChange={() => onChange({ audienceKind: k })}
          />
          <div>
            <label htmlFor={`${id}-kind-${k}`}>{kindLabel[k]}</label>
            <span id={`${id}-rule-${k}`} className="muted audience-rule">
              {rule[k]}
            </span>
          </div>
        </div>
      ))}
      <p id={`${id}-kind-err`} className="field-error">
        {kindError}
      </p>
      {draft.audienceKind === 'role' && (
        <div className="field">
          <label htmlFor={`${id}-role`}>{labels.fieldRole}</label>
          <select
            id={`${id}-role`}
            value={draft.role}
            onChange={(e) => onChange({ role: e.target.value as Draft['role'] })}
          >
            <option value="citizen">{labels.roleCitizen}</option>
            <option value="admin">{labels.roleAdmin}</option>
          </select>
        </div>
      )}
      {draft.audienceKind === 'topic' && (
        <div className="field">
          <label htmlFor={`${id}-topic`}>{labels.fieldTopic}</label>
          <select
            id={`${id}-topic`}
            value={draft.audienceTopic}
            aria-invalid={!!errors['audience.topic']}
            aria-describedby={`${id}-topic-err`}
            onChange={(e) => onChange({ audienceTopic: e.target.value })}
          >
            <option value="" />
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
          <p id={`${id}-topic-err`} className="field-error">
            {errors['audience.topic']}
          </p>
        </div>
      )}
      {draft.audienceKind === 'users' && (
        <div className="field">
          {draft.users.length > 0 && (
            <ul className="chips" aria-label={labels.chosen}>
              {draft.users.map((u) => (
                <li key={u.id}>
                  {u.label}
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    aria-label={format(labels.remove, { name: u.label })}
                    onClick={() => remove(u)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label htmlFor={`${id}-search`}>{labels.search}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={query}
            aria-invalid={!!usersError}
            aria-describedby={`${id}-users-err`}
            onChange={(e) => setQuery(e.target.value)}
          />
          {search.state !== 'idle' && (
            <ul className="suggestions" aria-live="polite" aria-busy={search.state === 'searching'}>
              {search.state === 'found' && search.people.length > 0 ? (
                search.people.map((u) => (
                  <li key={u.id}>
                    <button
                      type="button"
                      aria-label={format(labels.add, { name: `${u.name} <${u.email}>` })}
                      onClick={() => add(u)}
                    >
                      {u.name} — {u.email}
                    </button>
                  </li>
                ))
              ) : (
                <li className="muted">
                  {search.state === 'found'
                    ? labels.noUser
                    : search.state === 'searching'
                      ? labels.searching
                      : labels.searchFailed}
                </li>
              )}
            </ul>
          )}
          <p id={`${id}-users-err`} className="field-error">
            {usersError}
          </p>
        </div>
      )}
    </fieldset>
  );
}
