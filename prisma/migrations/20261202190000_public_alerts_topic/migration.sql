-- The "Public alerts" topic (issue #16): where an incoming CAP alert that no rule claims goes. Every account follows
-- it unless the person leaves it in their preferences; new accounts follow it when they are created
-- (lib/topics/public-alerts.ts). Created here, not by the demo seed, so that every database has it.
INSERT INTO "Topic" ("id", "slug", "name", "description", "nameFr", "descriptionFr")
SELECT 'topic-public-alerts', 'public-alerts', 'Public alerts',
       'Storms, floods, boil-water notices and other alerts from the authorities',
       'Alertes publiques',
       'Tempêtes, inondations, eau à faire bouillir et autres alertes des autorités'
WHERE NOT EXISTS (SELECT 1 FROM "Topic" WHERE "slug" = 'public-alerts');

INSERT INTO "UserTopic" ("userId", "topicId")
SELECT u."id", t."id" FROM "User" u CROSS JOIN "Topic" t WHERE t."slug" = 'public-alerts'
ON CONFLICT DO NOTHING;
