import type { ReactNode } from 'react';

/**
 * An NHS responsive table: columns on a wide screen; on a phone each row stacks into a card with
 * its headings beside the values. The care-home and prison pages both list this way.
 */
export function ResponsiveTable<T>({
  caption,
  headings,
  rows,
  rowKey,
  cells,
  testId,
}: {
  caption: string;
  headings: string[];
  rows: T[];
  rowKey: (row: T) => string;
  cells: (row: T) => ReactNode[];
  testId: string;
}) {
  return (
    <table className="nhsuk-table-responsive" data-testid={testId}>
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr role="row">
          {headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} role="row" className="nhsuk-table__row">
            {cells(row).map((value, i) => (
              <td key={headings[i]} role="cell" className="nhsuk-table__cell">
                <span className="nhsuk-table-responsive__heading">{headings[i]} </span>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
