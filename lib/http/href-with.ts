/**
 * `path` with these query parameters, in this order, leaving out the empty ones, then `hash`: the console's filter and
 * page links, where a default needs no parameter ("/admin/notifications", not "…?range=24h&page=1").
 */
export function hrefWith(path: string, params: Record<string, string | undefined>, hash = ''): string {
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}

/** A page number as a query parameter: none for the first page. */
export const pageParam = (page: number): string | undefined => (page > 1 ? String(page) : undefined);
