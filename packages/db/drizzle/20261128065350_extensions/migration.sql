-- Trigram matching for name search (GIN indexes on trust and school names).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
