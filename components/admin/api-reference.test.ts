import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createCrieurApiDocument } from '@/lib/openapi/crieur-api';
import apiMessages from '@/messages/admin/api';
import { ApiReference } from './api-reference';

describe('ApiReference on a French page', () => {
  it('marks the document’s English prose as English, and only it', () => {
    const doc = createCrieurApiDocument('https://town.example');
    const html = renderToStaticMarkup(h(ApiReference, { doc, t: apiMessages.fr }));
    const operations = doc.paths['/api/v1/notifications'] as Record<string, { summary?: string }>;
    const summary = String(operations.post.summary);
    expect(html).toContain(`<span lang="en">${summary}</span>`);
    // The page's own labels stay in the page's language, unmarked.
    expect(html).toContain('<h3>Réponses</h3>');
  });
});
