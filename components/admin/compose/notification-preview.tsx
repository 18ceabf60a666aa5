import type { Draft } from './draft';

type Props = {
  draft: Draft;
  /** The language of the text shown (the selected tab's). */
  lang: string;
  labels: { title: string; desktop: string; phone: string; emptyTitle: string };
};

/** Roughly how a desktop (Chrome on Windows/Linux) and a phone (Android shade) show the notification. */
export function NotificationPreview({ draft, lang, labels }: Props) {
  const title = draft.title || labels.emptyTitle;
  const buttons = draft.actions.filter((a) => a.type !== 'none' && a.title);
  const actions = buttons.length ? (
    <div className="preview-actions">
      {buttons.map((a, i) => (
        <span key={i}>{a.title}</span>
      ))}
    </div>
  ) : null;
  return (
    <section aria-labelledby="preview-heading" className="card stack">
      <h2 id="preview-heading">{labels.title}</h2>
      <figure>
        <figcaption className="muted">{labels.desktop}</figcaption>
        <div className="preview-desktop" lang={lang}>
          {}
          {draft.icon ? <img src={draft.icon} alt="" width={40} height={40} /> : <span />}
          <div>
            <p className="preview-title">{title}</p>
            <p className="preview-body">{draft.body}</p>
            {}
            {draft.image ? <img src={draft.image} alt="" /> : null}
            {actions}
          </div>
        </div>
      </figure>
      <figure>
        <figcaption className="muted">{labels.phone}</figcaption>
        <div className="preview-phone" lang={lang}>
          <p className="preview-title">Crieur · {title}</p>
          <p className="preview-body">{draft.body.length > 90 ? `${draft.body.slice(0, 90)}…` : draft.body}</p>
          {actions}
        </div>
      </figure>
    </section>
  );
}
