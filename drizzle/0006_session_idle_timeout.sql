-- A session's last request, for the idle limit (lib/auth/sessions.ts, SESSION_IDLE_SECONDS).
-- Sessions open before this migration have none: their idle clock runs from sign-in.
ALTER TABLE `sessions` ADD `last_seen_at` text;
