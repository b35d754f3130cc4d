-- CreateTable
CREATE TABLE "StaffAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "escalationId" TEXT,
    "code" TEXT NOT NULL,
    "counselorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "via" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "StaffAction_escalationId_idx" ON "StaffAction"("escalationId");

-- CreateIndex
CREATE INDEX "StaffAction_counselorId_at_idx" ON "StaffAction"("counselorId", "at");
