-- CreateTable
CREATE TABLE "Screening" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "reasonsJson" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "askedAt" DATETIME NOT NULL,
    "reasked" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" DATETIME
);

-- CreateTable
CREATE TABLE "InboxItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    "readBy" TEXT,
    "answeredAt" DATETIME,
    "answeredBy" TEXT
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
