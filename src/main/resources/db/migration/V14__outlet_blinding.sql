-- Outlet blinding (issue 15, item 7): annotators of such a project read its articles without outlet, title and
-- byline, and with the outlets' names in the text masked (decision 0021). Off for every project so far.
alter table project add column outlet_blind boolean not null default false;
