-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "claims" INTEGER NOT NULL DEFAULT 0;

-- Until now a claim counted an attempt: existing rows have claimed as often as they attempted.
UPDATE "Delivery" SET "claims" = "attempts";
