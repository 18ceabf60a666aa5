-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "requestHash" TEXT;

