import { randomBytes } from 'node:crypto';
import { hashPassword } from '../passwords/password-hash';
import type { PrismaClient } from '../generated/prisma/client';
import { PUBLIC_ALERTS_TOPIC } from '../validation/cap-settings';

// In English and French (the migration that added the French columns gives existing databases the same names).
export const DEFAULT_TOPICS = [
  {
    slug: 'roadworks',
    name: 'Roadworks and traffic',
    description: 'Closures, diversions and works near you',
    nameFr: 'Travaux et circulation',
    descriptionFr: 'Fermetures, déviations et travaux près de chez vous',
  },
  {
    slug: 'waste',
    name: 'Waste collection',
    description: 'Collection days and changes',
    nameFr: 'Collecte des déchets',
    descriptionFr: 'Jours de collecte et changements',
  },
  {
    slug: 'weather',
    name: 'Weather alerts',
    description: 'Storms, floods, heat waves',
    nameFr: 'Alertes météo',
    descriptionFr: 'Tempêtes, inondations, canicules',
  },
  {
    slug: 'events',
    name: 'Events',
    description: 'Markets, festivals, public meetings',
    nameFr: 'Événements',
    descriptionFr: 'Marchés, fêtes, réunions publiques',
  },
];

export const DEMO_ACCOUNTS = [
  { email: 'admin@crieur.example.org', name: 'Alex Admin', role: 'admin' as const },
  { email: 'camille@crieur.example.org', name: 'Camille Martin', role: 'citizen' as const },
  { email: 'karim@crieur.example.org', name: 'Karim Benali', role: 'citizen' as const },
];

export async function seedTopics(prisma: PrismaClient): Promise<number> {
  // The Public alerts topic comes with a migration: the defaults go in on a database with no other topic.
  if ((await prisma.topic.count({ where: { slug: { not: PUBLIC_ALERTS_TOPIC } } })) > 0) return 0;
  const r = await prisma.topic.createMany({ data: DEFAULT_TOPICS, skipDuplicates: true });
  return r.count;
}

/** Creates the demo accounts on an empty database only; returns their one-time passwords. */
export async function seedDemoAccounts(
  prisma: PrismaClient,
): Promise<Array<{ email: string; password: string; role: string }>> {
  if ((await prisma.user.count()) > 0) return [];
  const topics = await prisma.topic.findMany({ select: { id: true, slug: true } });
  // Citizens follow every topic; the administrator, like any new account, the Public alerts topic.
  const followed = (role: string) =>
    role === 'citizen' ? topics : topics.filter((t) => t.slug === PUBLIC_ALERTS_TOPIC);
  const out = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = randomBytes(9).toString('base64url');
    await prisma.user.create({
      data: {
        ...a,
        passwordHash: await hashPassword(password),
        topics: { create: followed(a.role).map((t) => ({ topicId: t.id })) },
      },
    });
    out.push({ email: a.email, password, role: a.role });
  }
  return out;
}
