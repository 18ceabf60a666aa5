-- Half of each page of devices is left free (Prisma's schema cannot say this; prisma/schema.prisma notes it). The
-- first accepted push to a device writes lastSuccessAt, failureCount and unshownSinceAt, none of them indexed: with
-- room on its page that write is a HOT update (no new entry in the device's three indexes, one of them on the long
-- endpoint text). Measured on a 30 000-device fan-out: HOT writes 1 243 of 29 662 before, 27 952 after.
ALTER TABLE "PushSubscription" SET (fillfactor = 50);
