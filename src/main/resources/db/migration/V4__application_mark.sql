-- Marks the file as a budget file of this program. The program looks for this row (read-only)
-- before it opens a file for writing, so another program's H2 database is refused untouched.
CREATE TABLE yusuan_file (
    application VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO yusuan_file (application) VALUES ('org.yusuan.workbench');
