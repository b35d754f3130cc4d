-- AlterTable
ALTER TABLE "StaffAction" ADD COLUMN "note" TEXT;
