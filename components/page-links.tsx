import Link from 'next/link';

type Props = {
  /** Names the navigation ("Pages of the history"). */
  label: string;
  page: number;
  /** Whether a page follows this one. */
  more: boolean;
  href: (page: number) => string;
  previous: string;
  next: string;
};

/** The links to the pages before and after this one of a list (nothing when it fits on one page). */
export function PageLinks({ label, page, more, href, previous, next }: Props) {
  if (page <= 1 && !more) return null;
  return (
    <nav aria-label={label} className="row">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          {previous}
        </Link>
      )}
      {more && (
        <Link href={href(page + 1)} rel="next">
          {next}
        </Link>
      )}
    </nav>
  );
}
