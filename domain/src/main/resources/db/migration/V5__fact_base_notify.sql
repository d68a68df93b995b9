-- Every change to what students can see is announced on one channel, so that each app
-- instance sharing this database drops its in-memory copy of the published fact base.
-- NOTIFY is delivered only when the writing transaction commits (and only once per
-- transaction), takes no row locks, and also covers writes made outside the app (the
-- import command, a psql session).

create function notify_fact_base_changed() returns trigger as $$
begin
    perform pg_notify('fact_base_changed', '');
    return null;
end
$$ language plpgsql;

create trigger fact_base_changed after insert or update or delete or truncate on fact
    for each statement execute function notify_fact_base_changed();
create trigger fact_base_changed after insert or update or delete or truncate on citation
    for each statement execute function notify_fact_base_changed();
create trigger fact_base_changed after insert or update or delete or truncate on company
    for each statement execute function notify_fact_base_changed();
create trigger fact_base_changed after insert or update or delete or truncate on topic
    for each statement execute function notify_fact_base_changed();
create trigger fact_base_changed after insert or update or delete or truncate on source
    for each statement execute function notify_fact_base_changed();
