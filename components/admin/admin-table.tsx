import type { ReactNode } from 'react';

type Props = {
  /** Column headings; null leaves the cell empty (an actions column) as a <td>, since an empty <th> names nothing. */
  columns: Array<string | null>;
  /** Shown above the table and names it for screen readers. */
  caption?: string;
  /** Names the table for screen readers only, when a heading on the page already says what it is. */
  label?: string;
  /** The body rows. */
  children: ReactNode;
};

/** The console's data table; on a narrow screen it scrolls sideways instead of widening the page. */
export function AdminTable({ columns, caption, label, children }: Props) {
  return (
    <div className="table-wrap">
      <table className="admin-table" aria-label={label}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>{columns.map((c, i) => (c === null ? <td key={i} /> : <th key={i} scope="col">{c}</th>))}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
