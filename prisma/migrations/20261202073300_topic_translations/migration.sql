-- Topic names and descriptions in French beside the default language's (existing rows keep theirs as that value).
-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "descriptionFr" TEXT,
ADD COLUMN     "nameFr" TEXT;

-- The topics the first start creates get their French version, unless an administrator renamed them since.
UPDATE "Topic" SET "nameFr" = 'Travaux et circulation', "descriptionFr" = 'Fermetures, déviations et travaux près de chez vous'
  WHERE "slug" = 'roadworks' AND "name" = 'Roadworks and traffic';
UPDATE "Topic" SET "nameFr" = 'Collecte des déchets', "descriptionFr" = 'Jours de collecte et changements'
  WHERE "slug" = 'waste' AND "name" = 'Waste collection';
UPDATE "Topic" SET "nameFr" = 'Alertes météo', "descriptionFr" = 'Tempêtes, inondations, canicules'
  WHERE "slug" = 'weather' AND "name" = 'Weather alerts';
UPDATE "Topic" SET "nameFr" = 'Événements', "descriptionFr" = 'Marchés, fêtes, réunions publiques'
  WHERE "slug" = 'events' AND "name" = 'Events';
