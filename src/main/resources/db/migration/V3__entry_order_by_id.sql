-- Basic lines, projects and project lines are listed in the order they were entered, which is the
-- order of their ids: an undone deletion puts a record back with its old id, so back in its place.
-- A separate sort column could not keep that promise without renumbering, so it goes.
ALTER TABLE basic_line DROP COLUMN sort_order;
ALTER TABLE project DROP COLUMN sort_order;
ALTER TABLE project_line DROP COLUMN sort_order;
