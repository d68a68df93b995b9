-- What a figure measures ("Tmall's share of China's online B2C merchandise value"), shown with
-- its badge so that a bare "25%" never stands alone. Every fact with a value has one (FactRules).
alter table fact add column measure varchar(120);
