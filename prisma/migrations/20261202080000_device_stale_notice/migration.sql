-- AlterTable
ALTER TABLE "PushSubscription" ADD COLUMN     "staleNoticeAt" TIMESTAMP(3);
