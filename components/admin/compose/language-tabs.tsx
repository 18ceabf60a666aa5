'use client';
import { useRef, type ReactNode } from 'react';

export type LanguageTab = { lang: string; label: string; state: string; invalid?: boolean };

type Props = {
  label: string;
  tabs: LanguageTab[];
  selected: string;
  onSelect: (lang: string) => void;
  /** The selected tab's panel. */
  children: ReactNode;
};

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The composer's language tabs, in the WAI-ARIA tabs pattern: one tab stop (the selected tab), arrows, Home and End
 * move between tabs and select them (automatic activation: a panel is a few fields, cheap to show).
 */
export function LanguageTabs({ label, tabs, selected, onSelect, children }: Props) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(e: React.KeyboardEvent) {
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    const next =
      tabs[
        move(
          Math.max(
            0,
            tabs.findIndex((t) => t.lang === selected),
          ),
          tabs.length,
        )
      ];
    onSelect(next.lang);
    list.current?.querySelector<HTMLElement>(`#tab-${next.lang}`)?.focus();
  }
  return (
    <div className="language-tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown} className="tablist">
        {tabs.map((t) => (
          <button
            key={t.lang}
            type="button"
            role="tab"
            id={`tab-${t.lang}`}
            aria-selected={t.lang === selected}
            aria-controls={`panel-${t.lang}`}
            tabIndex={t.lang === selected ? 0 : -1}
            className={t.invalid ? 'tab tab--invalid' : 'tab'}
            onClick={() => onSelect(t.lang)}
          >
            <span lang={t.lang}>{t.label}</span> <span className="tab-state">· {t.state}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} className="tabpanel stack">
        {children}
      </div>
    </div>
  );
}
