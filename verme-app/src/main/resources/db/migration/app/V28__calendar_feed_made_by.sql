-- Which account made a person's calendar feed, signed in: the feed then holds only the groups that account reaches
-- when it is read, and nothing once the account is closed. Null for a feed made through the person's own link (and
-- for the feeds made before), which holds every group of the person. Expands only.
alter table calendar_feed add column made_by varchar(64);
