-- CreateTable
CREATE TABLE "Screening" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "reasonsJson" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "reasked" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "escalatedTo" TEXT,
    "channel" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),
    "readBy" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredBy" TEXT,

    CONSTRAINT "InboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Screening_participantId_status_idx" ON "Screening"("participantId", "status");

-- CreateIndex
CREATE INDEX "InboxItem_counselorId_status_idx" ON "InboxItem"("counselorId", "status");

-- CreateIndex
CREATE INDEX "InboxItem_escalatedTo_status_idx" ON "InboxItem"("escalatedTo", "status");

-- CreateIndex
CREATE INDEX "InboxItem_code_status_idx" ON "InboxItem"("code", "status");

-- CreateIndex
CREATE INDEX "InboxItem_participantId_createdAt_idx" ON "InboxItem"("participantId", "createdAt");
