-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB;

-- AlterTable
ALTER TABLE "NotificationRecipient" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en';

