-- AlterTable
ALTER TABLE "PushSubscription" ADD COLUMN     "lastShownAt" TIMESTAMPTZ(3),
ADD COLUMN     "unshownSinceAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "openedAt" TIMESTAMPTZ(3),
ADD COLUMN     "shownAt" TIMESTAMPTZ(3);

