import { createElement as h, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AdminTable } from './admin-table';

describe('AdminTable', () => {
  it('labels every body cell with its column, through arrays and fragments, leaving the actions column bare', () => {
    const rows = [1, 2].map((n) =>
      h(
        'tr',
        { key: n },
        h('th', { scope: 'row' }, `Row ${n}`),
        h('td', null, n),
        h('td', null, h('button', { type: 'button' }, 'Remove')),
      ),
    );
    const extra = h(
      Fragment,
      null,
      h(
        'tr',
        null,
        h('td', null, 'Extra'),
        ['x'].map((x) => h('td', { key: x }, x)),
      ),
    );
    const html = renderToStaticMarkup(h(AdminTable, { columns: ['Name', 'Count', null], children: [rows, extra] }));
    const cell = (tag: string, label: string, value: string) =>
      `<${tag}${tag === 'th' ? ' scope="row"' : ''} data-label="${label}">` +
      `<div class="cell-value">${value}</div></${tag}>`;
    expect(html).toContain(`${cell('th', 'Name', 'Row 1')}${cell('td', 'Count', '1')}<td><button`);
    expect(html).toContain(`${cell('td', 'Name', 'Extra')}${cell('td', 'Count', 'x')}`);
    expect(html.match(/data-label=/g)).toHaveLength(6);
  });
});
