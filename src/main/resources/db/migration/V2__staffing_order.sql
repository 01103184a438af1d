-- Staffing rows keep the order the accountant entered them in (as every other list does).
ALTER TABLE staffing ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
