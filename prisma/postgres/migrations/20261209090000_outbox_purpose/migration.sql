-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "purpose" TEXT;
