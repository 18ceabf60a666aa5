type Props = { action: string; id: string; label: string; submit: string; query: string };

/** A GET search by a person's name or e-mail (the people and devices pages): the results are the page's URL. */
export function PersonSearchForm({ action, id, label, submit, query }: Props) {
  return (
    <form className="row" role="search" action={action}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={100} />
      <button type="submit" className="btn btn--small">
        {submit}
      </button>
    </form>
  );
}
