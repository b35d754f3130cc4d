-- AlterTable
ALTER TABLE "Address" ADD COLUMN "unreachableAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "choices" TEXT;
ALTER TABLE "Outbox" ADD COLUMN "choicesText" TEXT;
