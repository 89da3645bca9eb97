-- Parley's tables, version 3: the people learned from articles, kept across runs so that a bare
-- surname in a later run still finds its person and party. One JSON document per person, keyed by
-- full name.
CREATE TABLE PARLEY.PERSON (
  NAME VARCHAR(500) NOT NULL PRIMARY KEY,
  DATA CLOB(1M) NOT NULL
)
