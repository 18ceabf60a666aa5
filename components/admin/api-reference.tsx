import type { OpenApiDocument } from '@/lib/openapi/create-document';

// The OpenAPI document as a page: rendered by the portal itself (no CDN viewer, nothing to break the CSP), from the
// very object GET /api/v1/openapi.json serves, so the page and the JSON never disagree.

type Json = Record<string, unknown>;
type Labels = Record<
  | 'apiAuth'
  | 'apiNoAuth'
  | 'apiParameters'
  | 'apiRequestBody'
  | 'apiExamples'
  | 'apiResponses'
  | 'apiSchemas'
  | 'apiRequired',
  string
>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
// A CAP example is an XML document already: shown as written, not as a JSON string.
const pretty = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');

/** "#/components/responses/Unauthorized" → the component it names. */
function resolve(doc: OpenApiDocument, node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const [, , kind, name] = ref.split('/');
  return ((doc.components as Record<string, Record<string, Json>>)[kind]?.[name] ?? node) as Json;
}

function Examples({ media, t }: { media: Json | undefined; t: Labels }) {
  const examples = Object.entries((media?.examples ?? {}) as Record<string, { value: unknown }>);
  if (!examples.length) return null;
  return (
    <details>
      <summary>
        {t.apiExamples} ({examples.map(([name]) => name).join(', ')})
      </summary>
      {examples.map(([name, ex]) => (
        <figure key={name}>
          <figcaption>
            <code>{name}</code>
          </figcaption>
          <pre tabIndex={0}>
            <code>{pretty(ex.value)}</code>
          </pre>
        </figure>
      ))}
    </details>
  );
}

function Operation({
  doc,
  method,
  path,
  op,
  t,
}: {
  doc: OpenApiDocument;
  method: string;
  path: string;
  op: Json;
  t: Labels;
}) {
  const params = ((op.parameters ?? []) as Json[]).map((p) => resolve(doc, p));
  const body = op.requestBody as Json | undefined;
  const bodyTypes = Object.keys((body?.content ?? {}) as Record<string, Json>);
  const bodyMedia = bodyTypes.length ? (body!.content as Record<string, Json>)[bodyTypes[0]] : undefined;
  const bodySchema = String((bodyMedia?.schema as Json | undefined)?.$ref ?? '')
    .split('/')
    .pop();
  const open = Array.isArray(op.security) && op.security.length === 0;
  return (
    <section aria-labelledby={anchor(method, path)} className="card stack">
      <h2 id={anchor(method, path)}>
        <code>
          {method.toUpperCase()} {path}
        </code>{' '}
        — <DocText text={op.summary} />
      </h2>
      {op.description ? (
        <p>
          <DocText text={op.description} />
        </p>
      ) : null}
      <p className="muted">{open ? t.apiNoAuth : t.apiAuth}</p>
      {params.length ? (
        <>
          <h3>{t.apiParameters}</h3>
          <ul>
            {params.map((p) => (
              <li key={String(p.name)}>
                <code>{String(p.name)}</code> ({String(p.in)}
                {p.required ? `, ${t.apiRequired}` : ''})
                {p.description ? (
                  <>
                    {' — '}
                    <DocText text={p.description} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bodyMedia ? (
        <>
          <h3>{t.apiRequestBody}</h3>
          <p>
            {bodyTypes.map((type, i) => (
              <span key={type}>
                {i ? ', ' : ''}
                <code>{type}</code>
              </span>
            ))}
            {bodySchema ? (
              <>
                , <code>{bodySchema}</code>
              </>
            ) : null}
          </p>
          <Examples media={bodyMedia} t={t} />
        </>
      ) : null}
      <h3>{t.apiResponses}</h3>
      <dl>
        {Object.entries(op.responses as Record<string, Json>).map(([status, raw]) => {
          const r = resolve(doc, raw);
          return (
            <div key={status}>
              <dt>
                <code>{status}</code>
              </dt>
              <dd>
                <DocText text={r.description} />
                <Examples media={(r.content as Record<string, Json> | undefined)?.['application/json']} t={t} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export function ApiReference({ doc, t }: { doc: OpenApiDocument; t: Labels }) {
  return (
    <div className="stack api-reference">
      {Object.entries(doc.paths).flatMap(([path, ops]) =>
        METHODS.filter((m) => (ops as Json)[m]).map((m) => (
          <Operation key={`${m} ${path}`} doc={doc} method={m} path={path} op={(ops as Json)[m] as Json} t={t} />
        )),
      )}
      <section aria-labelledby="api-schemas" className="card stack">
        <h2 id="api-schemas">{t.apiSchemas}</h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <details key={name}>
            <summary>
              <code>{name}</code>
            </summary>
            <pre tabIndex={0}>
              <code>{pretty(schema)}</code>
            </pre>
          </details>
        ))}
      </section>
    </div>
  );
}

/** The OpenAPI document's own prose, written in English whatever the page's language: marked so for screen readers. */
function DocText({ text }: { text: unknown }) {
  return text ? <span lang="en">{String(text)}</span> : null;
}
