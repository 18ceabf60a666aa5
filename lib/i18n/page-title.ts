import 'server-only';
import type { Metadata } from 'next';
import type { Area, Messages } from '../../messages';
import { getMessages } from './get-t';

/**
 * A page's generateMetadata whose title is one of its catalog's messages, in the reader's language: a static
 * `metadata.title` would be English under `<html lang="fr">` (the tab, the history, the screen reader's first words).
 */
export function titleFrom<A extends Area>(area: A, key: keyof Messages<A>, rest: Omit<Metadata, 'title'> = {}) {
  return async function generateMetadata(): Promise<Metadata> {
    return { ...rest, title: (await getMessages(area))[key] as string };
  };
}
