-- What the unit says to the finance bureau with its package (报送数据包, data-formats.md §4), kept
-- in the budget file so it is entered once and travels with every later package.

-- 行政区划代码 of the department (6 to 12 digits, e.g. 140400 or the 9-digit 财政区划 140400000);
-- NULL until the accountant enters it.
ALTER TABLE department ADD COLUMN division_code VARCHAR(12);

-- 出错说明: the unit's explanation of an audit finding it sends anyway, keyed as the package names
-- the finding (rule id @ the record it is about). A key no current finding has is kept, unused, so
-- an explanation comes back when its finding does.
CREATE TABLE finding_explanation (
    finding_key  VARCHAR(600)  NOT NULL PRIMARY KEY,
    explanation  VARCHAR(1000) NOT NULL
);
