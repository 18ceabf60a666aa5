-- Test pushes' content under PUSH_PRIVATE_PAYLOADS=1 (the push carries only the row's id; see schema.prisma).
-- CreateTable
CREATE TABLE "TestPush" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestPush_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TestPush_userId_expiresAt_idx" ON "TestPush"("userId", "expiresAt");

-- AddForeignKey
ALTER TABLE "TestPush" ADD CONSTRAINT "TestPush_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

