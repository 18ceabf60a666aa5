-- Tokens whose creator was deleted or demoted before demotion and deletion revoked tokens: their requests were
-- already refused (401), but the tokens page listed them as active. Marked revoked now.
UPDATE "ApiToken" SET "revokedAt" = CURRENT_TIMESTAMP
WHERE "revokedAt" IS NULL
  AND ("createdById" IS NULL OR "createdById" NOT IN (SELECT "id" FROM "User" WHERE "role" = 'admin'));
