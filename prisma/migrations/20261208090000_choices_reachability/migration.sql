-- AlterTable
ALTER TABLE "Address" ADD COLUMN "unreachableAt" DATETIME;

-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "choices" TEXT;
ALTER TABLE "Outbox" ADD COLUMN "choicesText" TEXT;
