-- CreateTable
CREATE TABLE "SendSlot" (
    "sender" TEXT NOT NULL,
    "nextAt" BIGINT NOT NULL,

    CONSTRAINT "SendSlot_pkey" PRIMARY KEY ("sender")
);
