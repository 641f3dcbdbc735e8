-- Reminders look meetings up by their day across all groups.
create index meeting_view_by_date on meeting_view (meeting_date, status);
