-- Hardening: a password or role change ends every session of that account, whichever code path
-- (or psql session) makes it. Sessions remember the users."sessionVersion" they were issued with;
-- the app refuses a session whose version is no longer current.
CREATE FUNCTION users_bump_session_version() RETURNS trigger AS $$
BEGIN
  NEW."sessionVersion" := OLD."sessionVersion" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_credentials_changed
  BEFORE UPDATE OF "passwordHash", "role" ON "users"
  FOR EACH ROW
  WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash" OR OLD."role" IS DISTINCT FROM NEW."role")
  EXECUTE FUNCTION users_bump_session_version();
