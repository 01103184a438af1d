-- The wording of the budget (文本与标题): the texts printed around the figures — table titles, the
-- name of the entity, comparison verbs, the 情况说明's section texts, the booklet's titles and the
-- 名词解释 — one row per text, keyed as in docs/data-formats.md ("文本与标题模板"), with where the
-- text came from (内置模板 2023（部门预算）, 编辑, 导入 …). A file without rows (an older release's)
-- prints the shipped template of its budget year.
CREATE TABLE wording_text (
    text_key    VARCHAR(100)   NOT NULL PRIMARY KEY,
    position    INT            NOT NULL,
    text_value  VARCHAR(20000) NOT NULL,
    origin      VARCHAR(400)   NOT NULL
);
