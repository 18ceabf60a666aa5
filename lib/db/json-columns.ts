import type { ColumnType } from 'kysely';
import type { Audience, NotificationAction, Translations } from '../validation/notification';

// Types of the Json columns for Kysely (prisma/schema.prisma names them with @kyselyType): read back as the shape the
// zod schema validated on the way in, written as JSON text (pg would send a JS array as a PostgreSQL array).
export type ActionsJson = ColumnType<NotificationAction[], string, string>;
export type AudienceJson = ColumnType<Audience, string, string>;
export type TranslationsJson = ColumnType<Translations, string, string>;
