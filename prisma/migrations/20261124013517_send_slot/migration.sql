-- CreateTable
CREATE TABLE "SendSlot" (
    "sender" TEXT NOT NULL PRIMARY KEY,
    "nextAt" BIGINT NOT NULL
);
