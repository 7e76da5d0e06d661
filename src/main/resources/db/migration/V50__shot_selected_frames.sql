-- Generating a shot list (issue 20): the result a producer picks as a shot's frame for the
-- storyboard and its PDF. A media key (SHA-256); the shot list module declares it to the media
-- sweep, so a selected frame is never cleaned up.
ALTER TABLE shots
    ADD COLUMN selected_frame_key CHAR(64) NULL AFTER status;
