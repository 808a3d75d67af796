-- Names with spaces, quotes and back-quotes survive rendering.
-- expect: rebuild
-- current
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "odd`name" TEXT);
-- data
INSERT INTO "my table" VALUES (1, 'q');
-- desired
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "odd`name" TEXT NOT NULL DEFAULT 'z', "new ""col"" x" INT);
CREATE INDEX "my index" ON "my table" ("odd`name");
-- verify
SELECT "odd`name" FROM "my table" ==> q
