-- Parley's tables, version 4: an article that is a later version of another (an update: the same
-- story with text added) names it, as a copy names its original. Updates are extracted on their own;
-- copies are not.
ALTER TABLE PARLEY.ARTICLE ADD COLUMN UPDATE_OF VARCHAR(1000)
