-- =====================================================================================================
-- HAND-WRITTEN SQL (no schema.prisma change)
-- =====================================================================================================

-- A finding's raw JSON is 2–6 KB. PostgreSQL's default is to compress (pglz) and move out of line any row over
-- ~2 KB, which made storing versions the slowest step of ingestion (measured with `npm run bench:ingest`:
-- ~40 % of the statement's time). Rows now stay inline and uncompressed up to a full page; larger payloads are
-- still compressed and TOASTed as before. The price is disk: raw versions take ~2–3× the space they would compressed.
ALTER TABLE "finding_versions" SET (toast_tuple_target = 8160);
