-- CreateTable
CREATE TABLE "ManifestSet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManifestSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "setId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "countsByKind" JSONB NOT NULL DEFAULT '{}',
    "warnings" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevisionFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "revisionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "RevisionFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" BIGSERIAL NOT NULL,
    "revisionId" UUID NOT NULL,
    "apiVersion" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "object" JSONB NOT NULL,
    "file" TEXT NOT NULL,
    "docIndex" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    "creationTimestamp" TEXT,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ManifestSet_name_key" ON "ManifestSet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_setId_number_key" ON "Revision"("setId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "RevisionFile_revisionId_position_key" ON "RevisionFile"("revisionId", "position");

-- CreateIndex
CREATE INDEX "Resource_revisionId_namespace_kind_idx" ON "Resource"("revisionId", "namespace", "kind");

-- CreateIndex
CREATE INDEX "Resource_labels_idx" ON "Resource" USING GIN ("labels");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_revisionId_kind_namespace_name_key" ON "Resource"("revisionId", "kind", "namespace", "name");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_setId_fkey" FOREIGN KEY ("setId") REFERENCES "ManifestSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionFile" ADD CONSTRAINT "RevisionFile_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
