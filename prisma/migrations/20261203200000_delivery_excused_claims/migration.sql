-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "excusedClaims" INTEGER NOT NULL DEFAULT 0;

