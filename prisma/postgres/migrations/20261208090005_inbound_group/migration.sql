-- AlterTable
ALTER TABLE "Inbound" ADD COLUMN "groupId" TEXT;
