-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "settingsJson" TEXT NOT NULL,
    "syncedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Counselor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "onCallOrder" INTEGER,
    "supervisorId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "channelsJson" TEXT NOT NULL,
    "sessionsJson" TEXT NOT NULL,
    "offsetsJson" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "preferredChannel" TEXT NOT NULL,
    "groupId" TEXT,
    "counselorId" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "checkinTime" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "optedOutAt" DATETIME,
    "plannedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "ownerKind" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "consentAt" DATETIME,
    "consentHow" TEXT,
    "optedOutAt" DATETIME
);

-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "detail" TEXT,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "promptAt" DATETIME NOT NULL,
    "nudgeAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "lastReplyAt" DATETIME,
    "stateJson" TEXT NOT NULL,
    "mood" INTEGER,
    "craving" INTEGER,
    "meeting" BOOLEAN,
    "note" TEXT,
    "answersJson" TEXT NOT NULL DEFAULT '{}',
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "refId" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimToken" TEXT,
    "claimedUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "quietTz" TEXT,
    "expiresAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dueAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimToken" TEXT,
    "claimedUntil" DATETIME,
    "providerId" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "deliveredAt" DATETIME,
    "escalationId" TEXT,
    "ref" TEXT
);

-- CreateTable
CREATE TABLE "Inbound" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "ownerKind" TEXT,
    "ownerId" TEXT,
    "text" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "riskLevel" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "participantId" TEXT,
    "level" TEXT NOT NULL,
    "reasonsJson" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "excerpt" TEXT,
    "status" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT,
    "resolvedAt" DATETIME,
    "resolvedBy" TEXT
);

-- CreateTable
CREATE TABLE "EscalationNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "escalationId" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "outboxId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sessionStart" DATETIME NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Participant_plannedUntil_idx" ON "Participant"("plannedUntil");

-- CreateIndex
CREATE INDEX "Address_ownerKind_ownerId_idx" ON "Address"("ownerKind", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Address_channel_address_key" ON "Address"("channel", "address");

-- CreateIndex
CREATE INDEX "ConsentEvent_participantId_at_idx" ON "ConsentEvent"("participantId", "at");

-- CreateIndex
CREATE INDEX "CheckIn_participantId_status_idx" ON "CheckIn"("participantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_participantId_localDate_key" ON "CheckIn"("participantId", "localDate");

-- CreateIndex
CREATE INDEX "Job_status_dueAt_idx" ON "Job"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Job_refId_idx" ON "Job"("refId");

-- CreateIndex
CREATE UNIQUE INDEX "Outbox_idempotencyKey_key" ON "Outbox"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Outbox_status_dueAt_idx" ON "Outbox"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Outbox_recipientId_createdAt_idx" ON "Outbox"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "Outbox_providerId_idx" ON "Outbox"("providerId");

-- CreateIndex
CREATE INDEX "Inbound_ownerId_receivedAt_idx" ON "Inbound"("ownerId", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Inbound_channel_providerId_key" ON "Inbound"("channel", "providerId");

-- CreateIndex
CREATE INDEX "Escalation_code_status_idx" ON "Escalation"("code", "status");

-- CreateIndex
CREATE INDEX "Escalation_status_idx" ON "Escalation"("status");

-- CreateIndex
CREATE INDEX "EscalationNotice_escalationId_idx" ON "EscalationNotice"("escalationId");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_participantId_groupId_sessionStart_key" ON "Rsvp"("participantId", "groupId", "sessionStart");
