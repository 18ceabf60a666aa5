import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

type Props = {
  /** Column headings; null leaves the cell empty (an actions column) as a <td>, since an empty <th> names nothing. */
  columns: Array<string | null>;
  /** Shown above the table and names it for screen readers. */
  caption?: string;
  /** Names the table for screen readers only, when a heading on the page already says what it is. */
  label?: string;
  /** The body rows: <tr> elements (in arrays or fragments) whose cells follow `columns`. */
  children: ReactNode;
};

type Cell = ReactElement<{ children?: ReactNode; 'data-label'?: string }>;

/**
 * Gives each body cell its column's heading as data-label, which the narrow layout shows before the value (the
 * table becomes a list of label/value cards on a phone, admin.css): the rows stay plain <tr>/<td> for callers.
 */
export function labelCells(rows: ReactNode, columns: Array<string | null>): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row)) return row;
    if (row.type === Fragment) return labelCells(row.props.children, columns);
    if (row.type !== 'tr') return row;
    let column = 0;
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement(cell)) return cell;
      const label = columns[column++];
      if (!label) return cell;
      // The value in one box, so that the label and the value are the two columns of the card's line.
      const value = <div className="cell-value">{(cell as Cell).props.children}</div>;
      return cloneElement(cell as Cell, { 'data-label': label }, value);
    });
    return cloneElement(row, undefined, cells);
  });
}

/** The console's data table; on a narrow screen each row becomes a card of label/value lines (admin.css). */
export function AdminTable({ columns, caption, label, children }: Props) {
  return (
    <div className="table-wrap">
      <table className="admin-table" aria-label={label}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) =>
              c === null ? (
                <td key={i} />
              ) : (
                <th key={i} scope="col">
                  {c}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{labelCells(children, columns)}</tbody>
      </table>
    </div>
  );
}
