-- 国有资产 as booklets publish it: an item (a known one or the accountant's own name: vehicles by
-- type, devices above a unit value) with a count, an area or a value, each optional but not all
-- absent. Items were stored by their constant name with one quantity (辆 for 车辆, 平方米 for 房屋)
-- and a required value; they become their names, the quantity a count or an area, and keep the
-- order in which the program listed them.
ALTER TABLE state_asset ALTER COLUMN item SET DATA TYPE VARCHAR(60);
ALTER TABLE state_asset ADD COLUMN item_count DECIMAL(18,2) CHECK (item_count >= 0);
ALTER TABLE state_asset ADD COLUMN count_unit VARCHAR(10);
ALTER TABLE state_asset ADD COLUMN area DECIMAL(18,2) CHECK (area >= 0);
ALTER TABLE state_asset ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
ALTER TABLE state_asset ALTER COLUMN amount SET NULL;

UPDATE state_asset SET item_count = quantity WHERE item = 'VEHICLES';
UPDATE state_asset SET area = quantity WHERE item IN ('BUILDINGS', 'OFFICE_BUILDINGS', 'BUSINESS_BUILDINGS');
UPDATE state_asset SET sort_order = CASE item
    WHEN 'VEHICLES' THEN 0 WHEN 'BUILDINGS' THEN 1 WHEN 'OFFICE_BUILDINGS' THEN 2 WHEN 'BUSINESS_BUILDINGS' THEN 3
    WHEN 'NET_LAND_AND_STRUCTURES' THEN 4 WHEN 'NET_EQUIPMENT' THEN 5 WHEN 'NET_CULTURAL_RELICS' THEN 6
    WHEN 'NET_BOOKS_AND_ARCHIVES' THEN 7 WHEN 'NET_FURNITURE' THEN 8 ELSE 9 END;
UPDATE state_asset SET item = CASE item
    WHEN 'VEHICLES' THEN '车辆' WHEN 'BUILDINGS' THEN '房屋' WHEN 'OFFICE_BUILDINGS' THEN '办公用房'
    WHEN 'BUSINESS_BUILDINGS' THEN '业务用房' WHEN 'NET_LAND_AND_STRUCTURES' THEN '土地、房屋及构筑物'
    WHEN 'NET_EQUIPMENT' THEN '设备' WHEN 'NET_CULTURAL_RELICS' THEN '文物和陈列品'
    WHEN 'NET_BOOKS_AND_ARCHIVES' THEN '图书、档案' WHEN 'NET_FURNITURE' THEN '家具、用具、装具及动植物'
    WHEN 'NET_INTANGIBLE' THEN '无形资产' ELSE item END;
ALTER TABLE state_asset DROP COLUMN quantity;
ALTER TABLE state_asset ADD CONSTRAINT state_asset_given
    CHECK (item_count IS NOT NULL OR area IS NOT NULL OR amount IS NOT NULL);

-- 数量 and 单价 of a line, each optional; when both are given the amount is their product to the 分
-- (checked by the program, which computes it in the editors and refuses a mismatch on import).
ALTER TABLE basic_line ADD COLUMN quantity DECIMAL(18,2) CHECK (quantity >= 0);
ALTER TABLE basic_line ADD COLUMN unit_price DECIMAL(18,2) CHECK (unit_price >= 0);
ALTER TABLE project_line ADD COLUMN quantity DECIMAL(18,2) CHECK (quantity >= 0);
ALTER TABLE project_line ADD COLUMN unit_price DECIMAL(18,2) CHECK (unit_price >= 0);
